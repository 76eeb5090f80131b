namespace DigestGen.Linking;

/// <summary>A calendar month in the digest's time zone: the unit of the archive and the timelines.</summary>
public readonly record struct MonthKey(int Year, int Month) : IComparable<MonthKey>
{
    public static MonthKey Of(DateTimeOffset date, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(date, zone);
        return new MonthKey(local.Year, local.Month);
    }

    public MonthKey Next => Month == 12 ? new MonthKey(Year + 1, 1) : new MonthKey(Year, Month + 1);

    /// <summary>Site-relative path of the month's archive page, e.g. <c>archive/2025/04/</c>.</summary>
    public string Path => $"archive/{Year:D4}/{Month:D2}/";

    /// <summary>The first day of the month, for date formatting in templates.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>"2025-04". Written out: the record's own ToString prints every property, <see cref="Next"/>
    /// among them, whose own <see cref="Next"/> it prints in turn, until the stack overflows.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    public int CompareTo(MonthKey other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(MonthKey a, MonthKey b) => a.CompareTo(b) < 0;

    public static bool operator >(MonthKey a, MonthKey b) => a.CompareTo(b) > 0;

    public static bool operator <=(MonthKey a, MonthKey b) => a.CompareTo(b) <= 0;

    public static bool operator >=(MonthKey a, MonthKey b) => a.CompareTo(b) >= 0;
}
