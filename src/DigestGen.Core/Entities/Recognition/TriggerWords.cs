using DigestGen.Arabic;
using DigestGen.Entities.Matching;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// Words that announce what kind of name follows (الرئيس …, شركة …, مدينة …, نموذج …). The
/// recogniser gets them as features; the news rules use them to type quoted and role-introduced
/// names that ANERcorp's 2007 newswire never saw. Stored normalised, article-less.
/// </summary>
internal static class TriggerWords
{
    public static readonly HashSet<string> Person = Set(
        "رئيس", "الرئيس", "وزير", "وزيرة", "ملك", "الملكة", "امير", "اميرة", "الشيخ", "شيخ", "السيد", "السيدة", "سيد",
        "مدير", "مديرة", "زعيم", "قائد", "رئيسة", "نائب", "مستشار", "المستشارة", "سفير", "الجنرال", "العقيد", "اللواء",
        "الدكتور", "د", "البروفيسور", "المتحدث", "الناطق", "مؤسس", "مؤسسها", "مؤسسه", "المؤسس", "مراسل", "الكاتب", "الفنان",
        "اللاعب", "المدرب", "النجم", "الامين", "امين", "محافظ", "القاضي", "الشاعر", "الروائي", "الممثل", "المخرج", "المغني",
        "المرشح", "النائب", "السناتور", "البابا", "الامام", "الرئيسة", "الحارس", "المدافع", "المهاجم", "لاعب", "مدرب",
        "الاسقف", "الكاردينال", "الطبيب", "المواطن", "المفكر", "الباحث", "الكابتن", "الزميل", "مواطنه", "زميله");

    /// <summary>Speech verbs: a name often follows (وقال فلان), but they do not introduce a role.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set("قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "اعلن", "واعلن", "صرح", "اوضح", "اشار");

    public static readonly HashSet<string> Organization = Set(
        "شركة", "شركات", "مجموعة", "وكالة", "منظمة", "حزب", "حركة", "جامعة", "بنك", "مصرف", "صحيفة", "جريدة", "مجلة",
        "قناة", "اتحاد", "نادي", "منتخب", "مؤسسة", "هيئة", "مجلس", "جمعية", "معهد", "مركز", "وزارة", "لجنة", "مختبر", "مختبرات",
        "منصة", "شبكة", "محطة", "تلفزيون", "اذاعة", "صندوق", "جبهة", "تنظيم", "الشركة", "المجموعة", "شركه", "عملاق", "فريق", "شركتي",
        "جماهير", "مرمى", "صفوف");

    public static readonly HashSet<string> Place = Set(
        "مدينة", "دولة", "بلدة", "قرية", "عاصمة", "العاصمة", "نهر", "جبل", "جبال", "بحر", "بحيرة", "جزيرة", "جزر", "ولاية",
        "محافظة", "اقليم", "منطقة", "مقاطعة", "مطار", "ميناء", "شارع", "حي", "مخيم", "صحراء", "خليج", "قارة", "جمهورية", "مملكة", "امارة");

    public static readonly HashSet<string> Product = Set(
        "نموذج", "نماذج", "النموذج", "نموذجها", "نموذجه", "سلسلة", "تطبيق", "برنامج", "برمجية", "هاتف", "جهاز", "نظام", "روبوت",
        "منتج", "اصدار", "نسخة", "لعبة", "متصفح", "محرك", "سيارة", "طائرة", "شريحة", "معالج", "خدمة", "مساعد", "المساعد", "روبوت الدردشة");

    /// <summary>Techniques and concepts: a quoted term after these is named "other", not a company.</summary>
    public static readonly HashSet<string> Other = Set("تقنية", "تكنولوجيا", "منهجية", "مبادرة", "مشروع", "خطة", "عملية", "قانون", "اتفاقية", "مبدا");

    private static HashSet<string> Set(params string[] words) =>
        new(words.Select(ArabicNormalizer.Normalize).Select(w => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 && !w.Contains(' ') ? w[2..] : w), StringComparer.Ordinal);

    /// <summary>The trigger class of a normalised word (clitics and article stripped), or -1.</summary>
    public static int ClassOf(string normalizedWord)
    {
        var w = CliticReadings.StripDefinite(normalizedWord);
        if (Person.Contains(w) || SpeechVerbs.Contains(normalizedWord))
        {
            return 0;
        }

        if (Place.Contains(w))
        {
            return 1;
        }

        return Organization.Contains(w) ? 2 : Product.Contains(w) ? 4 : Other.Contains(w) ? 3 : -1;
    }
}
