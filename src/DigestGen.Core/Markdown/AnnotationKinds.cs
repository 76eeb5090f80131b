namespace DigestGen.Markdown;

/// <summary>The editors' annotation blocks (<c>::: context</c> …) and their Arabic labels.</summary>
public static class AnnotationKinds
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["context"] = "سياق",
        ["analysis"] = "تحليل",
        ["correction"] = "تصحيح",
        ["note"] = "ملاحظة",
    };

    public static string LabelOf(string kind) => Labels.TryGetValue(kind, out var label) ? label : kind;
}
