namespace DigestGen.Site;

public static class Languages
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "fa", "he", "ur", "ps", "ku", "ckb", "yi", "dv", "sd", "ug",
    };

    /// <summary>"rtl" for Arabic-script and Hebrew languages (ar, ar-EG…), else "ltr".</summary>
    public static string DirectionOf(string lang) =>
        RightToLeft.Contains(lang.Split('-', '_')[0]) ? "rtl" : "ltr";
}
