namespace DigestGen.Arabic.Stemming;

/// <summary>
/// Broken plurals of common news words, mapped to their singular's search key. A light stemmer
/// cannot derive these (خبراء is not خبير + suffix), so they are listed; also the few sound-looking
/// plurals whose singular the suffix rules would miss (مليارات → مليار, not مليارة). The analyser
/// stems the singular it finds here, so both forms meet on one key (رقائق, رقاقة → رقاقه).
/// </summary>
public static class BrokenPluralLexicon
{
    private static readonly (string Plural, string Singular)[] Raw =
    [
        ("خبراء", "خبير"), ("نماذج", "نموذج"), ("رقائق", "رقاقة"), ("شرائح", "شريحة"), ("أسواق", "سوق"),
        ("أسهم", "سهم"), ("دول", "دولة"), ("أموال", "مال"), ("أخبار", "خبر"), ("تقارير", "تقرير"),
        ("مشاريع", "مشروع"), ("مشروعات", "مشروع"), ("قوانين", "قانون"), ("قواعد", "قاعدة"), ("مصادر", "مصدر"),
        ("مراكز", "مركز"), ("بنوك", "بنك"), ("أسعار", "سعر"), ("أجهزة", "جهاز"), ("هواتف", "هاتف"),
        ("حواسيب", "حاسوب"), ("برامج", "برنامج"), ("أبحاث", "بحث"), ("علماء", "عالم"), ("زعماء", "زعيم"),
        ("رؤساء", "رئيس"), ("وزراء", "وزير"), ("مدن", "مدينة"), ("عملاء", "عميل"), ("عقود", "عقد"),
        ("قيود", "قيد"), ("رسوم", "رسم"), ("أرباح", "ربح"), ("موارد", "مورد"), ("أجيال", "جيل"),
        ("نتائج", "نتيجة"), ("مهام", "مهمة"), ("وظائف", "وظيفة"), ("مواقع", "موقع"), ("شعوب", "شعب"),
        ("طلاب", "طالب"), ("عمال", "عامل"), ("رجال", "رجل"), ("ملايين", "مليون"), ("مليارات", "مليار"),
        ("سنوات", "سنة"), ("أشهر", "شهر"), ("شهور", "شهر"), ("أيام", "يوم"), ("أسابيع", "أسبوع"),
        ("مستخدمين", "مستخدم"), ("مطورين", "مطور"), ("معالجات", "معالج"), ("خوادم", "خادم"), ("مختبرات", "مختبر"),
        ("منافسين", "منافس"), ("محللين", "محلل"), ("مستثمرين", "مستثمر"), ("أدوات", "أداة"), ("أنظمة", "نظام"),
        ("شركاء", "شريك"), ("أعضاء", "عضو"), ("مسؤولين", "مسؤول"), ("مسؤولو", "مسؤول"),
        ("وكلاء", "وكيل"), ("لغات", "لغة"), ("معايير", "معيار"), ("مؤسسين", "مؤسس"), ("مؤسسون", "مؤسس"),
        ("أوزان", "وزن"), ("معاملات", "معامل"), ("صور", "صورة"), ("أفلام", "فيلم"),
        ("ألعاب", "لعبة"), ("جوائز", "جائزة"), ("حروب", "حرب"), ("أسلحة", "سلاح"), ("صفقات", "صفقة"),
    ];

    public static IReadOnlyDictionary<string, string> Entries { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (plural, singular) in Raw)
        {
            entries[ArabicNormalizer.Normalize(plural)] = ArabicNormalizer.Normalize(singular);
        }
        return entries;
    }
}
