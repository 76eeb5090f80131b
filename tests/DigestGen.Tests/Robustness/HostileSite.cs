using DigestGen.Tests.Support;

namespace DigestGen.Tests.Robustness;

/// <summary>Content written by an attacker: every field a reader sees carries markup, handlers, script URLs and bidi overrides.</summary>
internal static class HostileSite
{
    public const string Script = "<script>alert(1)</script>";
    public const string Attribute = "\" onmouseover=\"alert(2)";
    public const string Override = "\u202E";
    public const string EndScript = "</script><script>alert(3)</script>";

    public static TestSite Write(TestSite site, bool unsafeHtml = false)
    {
        site.Config($"title: 'موجز {Script}'\ndescription: '{Attribute.Replace("'", "''")}'\nunsafe_html: {(unsafeHtml ? "true" : "false")}\n");
        site.Entities("orgs.yml", $"""
            - id: alibaba
              name: 'علي بابا {Script}'
              type: organization
              aliases: [علي بابا]
              description: 'وصف {Script} {Attribute.Replace("'", "''")} {Override}مقلوب {EndScript}'
            """);
        site.Article("hostile.md", $"""
            ---
            title: 'عنوان {Script} {Attribute.Replace("'", "''")} {Override}مقلوب'
            date: 2025-01-02
            summary: 'ملخص {Script} {Attribute.Replace("'", "''")} {EndScript} {Override}'
            note: 'ملاحظة {Attribute.Replace("'", "''")}'
            tags: ['{Script}', '{Attribute.Replace("'", "''")}', '{Override}وسم', '../../../escape']
            source: {"{"} name: 'وكالة {Script}{Attribute.Replace("'", "''")}', url: 'https://example.com/a?b="onmouseover=alert(4)' {"}"}
            author: '{Script}'
            ---
            قالت علي بابا {Script} إن <img src=x onerror=alert(5)> و<b>عريض</b> {Override}مقلوب.

            [رابط](javascript:alert(6)) و[رابط آخر](JaVaScRiPt:alert(7)) و<javascript:alert(8)> و![صورة](javascript:alert(9))
            و[مرجع][r] و[مشفّر](java&#09;script:alert(10)) و[آمن](https://example.com/ok).

            [r]: javascript:alert(11)

            <div onclick="alert(12)"><a href="javascript:alert(13)">داخل HTML</a><script>alert(14)</script><iframe src="https://evil.example"></iframe></div>
            """);
        return site;
    }
}
