using DigestGen.Arabic;
using DigestGen.Linking;
using DigestGen.Site.Views;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private const int TimelineWidth = 320;
    private const int TimelineHeight = 60;

    /// <summary>
    /// The entity's articles per month as bars. In a right-to-left page time runs from right
    /// to left, as the reader's eye does: the oldest month is the rightmost bar.
    /// </summary>
    private TimelineView Timeline(EntitySummary e)
    {
        var months = model.Links.TimelineOf(e.Id);
        var max = Math.Max(1, months.Count == 0 ? 1 : months.Max(m => m.Articles));
        var slot = months.Count == 0 ? TimelineWidth : (double)TimelineWidth / months.Count;
        var rtl = Languages.DirectionOf(Config.Language) == "rtl";
        var bars = new List<TimelineBar>();
        for (var i = 0; i < months.Count; i++)
        {
            var (month, count) = months[i];
            var height = count == 0 ? 0 : Math.Max(2, (TimelineHeight - 2) * count / (double)max);
            var x = rtl ? TimelineWidth - (i + 1) * slot : i * slot;
            bars.Add(new TimelineBar(Round(x + slot * 0.15), Round(TimelineHeight - height), Round(slot * 0.7), Round(height), count,
                $"{MonthLabel(month)}: {Count(count)}"));
        }
        var label = $"عدد الأخبار التي تذكر {e.Name} في كل شهر: " + string.Join("، ", bars.Where(b => b.Count > 0).Select(b => b.Title));
        return new TimelineView(TimelineWidth, TimelineHeight, label, bars,
            months.Count > 0 ? MonthLabel(months[0].Month) : "", months.Count > 0 ? MonthLabel(months[^1].Month) : "");
    }

    private string MonthLabel(MonthKey m) => ArabicDates.FormatMonth(m.Year, m.Month, Config.MonthNames, Config.Digits);

    private string Count(int n) => ArticleCounts.Phrase(n, Config.Digits);

    private static double Round(double v) => Math.Round(v, 1);
}
