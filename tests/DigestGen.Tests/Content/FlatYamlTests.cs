using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Tests.Robustness;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Tests.Content;

/// <summary>
/// The one-pass reader of flat front matter: for every text it accepts, exactly the events (values,
/// styles, positions) YamlDotNet's parser gives; every other text is left to YamlDotNet.
/// </summary>
public sealed class FlatYamlTests
{
    public static TheoryData<string> Flat => new()
    {
        "title: 'إيما إيفانوف لشركة الأمل: \"لن نخفض الأسعار\"'\ndate: 2024-03-21\nlang: ar\n",
        "title: 'علي بابا تعلن أرباحها'\ntags:\n  - 'الأسواق'\n  - الذكاء الاصطناعي\n  - \"Alibaba Cloud\"\nsource: الوادي اليوم\n",
        "tags:\n- أ\n- 'ب'\nsummary: خطوة من \"تايتان موبيليتي\" في السوق\n",
        "title: 'it''s ''quoted'' twice'\nnote: \"مزدوج\"   \nsummary: نص بمسافات في آخره   \n",
        "source_url: https://alwadi-today.example/2025/12/alibaba-deal-08030?a=b:c\ndate: 2024-03-21T10:00:00+03:00\n",
        "draft: true\nweight: 3\nupdated: 2024-04-01\nempty:\nlast: x\n",
        "empty:   \ntags:\n  - x\n\n  - y\n\nafter: z\n",
        "title: بلا سطر أخير",
        "title: x\ntags:",
        "title: x\ntags:\n  - y",
        "a: b\ntags:\n  - x\n\n",
        "ignore_entities:\n    - ma-yi\n    - 'eddie-wu'\nentities:\n  - alibaba\n",
        "title: x\ntitle: y\n",
    };

    [Theory]
    [MemberData(nameof(Flat))]
    public void GivesTheEventsYamlDotNetGives(string yaml)
    {
        var flat = FlatYaml.TryParse(yaml);

        Assert.NotNull(flat);
        Assert.Equal(Describe(new Parser(new StringReader(yaml))), Describe(flat));
    }

    public static TheoryData<string> NotFlat => new()
    {
        "title: x # a comment\n",
        "source:\n  name: الوادي\n  url: https://x.example/\n",
        "tags: [أ, ب]\n",
        "summary: >\n  folded\n  text\n",
        "summary: a value\n  that goes on below\n",
        "tags:\n  - one\n    two\n",
        "tags:\n  - a\n - b\n",
        "title: &anchor x\nother: *anchor\n",
        "title: !!str 5\n",
        "title: \"an \\\"escaped\\\" quote\"\n",
        "title: 'over\n  two lines'\n",
        "title: x\r\ndate: 2024-03-21\r\n",
        "title:\tx\n",
        "\ntitle: x\n",
        "  title: x\n",
        "title: x: y\n",
        "title: -5\n",
        "title: 'x' trailing\n",
        "---\ntitle: x\n",
        "title: x\n---\ntitle: y\n",
        "tags:\n  -\n",
        "title: x\n- stray item\n",
        "title: \u0085x\n",
        "title: 😀\n",
        "title : x\n",
        "عنوان: x\n",
        "",
    };

    [Theory]
    [MemberData(nameof(NotFlat))]
    public void LeavesEveryOtherShapeToYamlDotNet(string yaml) => Assert.Null(FlatYaml.TryParse(yaml));

    [Fact]
    public void ALoadedFrontMatterIsTheSameTreeEitherWay()
    {
        const string yaml = "title: 'ماريا تاناكا في \"زيفير ميديا\"'\ntags:\n  - أ\n  - ب\nempty:\ndate: 2024-03-21\n";

        var root = Assert.IsType<YamlMappingNode>(YamlLoader.Load("a.md", yaml, 1, "front matter", new DiagnosticBag()));
        var expected = new YamlStream();
        expected.Load(new StringReader(yaml));

        Assert.Equal(expected.Documents[0].RootNode, root);
        var tags = Assert.IsType<YamlSequenceNode>(root.Children[new YamlScalarNode("tags")]);
        Assert.Equal(3, tags.Start.Line);
        Assert.Equal(3, tags.Start.Column);
        Assert.Equal(ScalarStyle.Plain, ((YamlScalarNode)root.Children[new YamlScalarNode("date")]).Style);
    }

    [Fact]
    public void ADuplicateKeyIsStillReportedWithItsLine()
    {
        var diagnostics = new DiagnosticBag();

        var root = YamlLoader.Load("a.md", "title: x\ndate: 2024-03-21\ntitle: y\n", 1, "front matter", diagnostics);

        Assert.Null(root);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(4, error.Line);
    }

    // Front matter as editors write it and as they get it wrong: keys with values, keys with lists below
    // them at various indents, blank lines, and now and then a piece YAML reads specially.
    private static readonly Gen<string> Word = Gen.Elements("علي بابا", "ديبسيك", "Qwen3", "2025-04-29", "https://x.example/a?b=c", "x", "٢٠٢٥", "لـ\"ديبسيك\"", "true", "5");

    private static readonly Gen<string> Special = Gen.Elements(
        " ", "  ", "'", "''", "\"", ": ", ":", " #", "#", "- ", "-", "[", "]", "{", "}", ",", "&a", "*a", "!", "|", ">", "%", "@", "`", "?",
        "\\", "\t", "\r", "\u0085", "\u2028", "\uFEFF", "😀", "\u202E", "\n", "\n  ");

    private static readonly Gen<string> Value =
        from parts in Gen.Frequency((40, Word), (1, Special)).ListOf()
        from quote in Gen.Frequency((3, Gen.Constant("")), (1, Gen.Constant("'")), (1, Gen.Constant("\"")))
        select quote + string.Join(" ", parts.Take(3)) + quote;

    private static readonly Gen<string> Key = Gen.Frequency(
        (40, Gen.Elements("title", "tags", "date", "source_url", "x-y", "_k")),
        (1, Gen.Elements("عنوان", "a b", "-k", "title ")));

    private static readonly Gen<string> Colon = Gen.Frequency((40, Gen.Constant(": ")), (1, Gen.Elements(":", ":  ", " :", ": \n")));

    private static readonly Gen<string> Entry = Gen.Frequency(
        (5, from key in Key from colon in Colon from value in Value select key + colon + value),
        (3, from key in Key
            from indent in Gen.Elements("", "  ", "    ", " ")
            from items in Value.ListOf()
            from stray in Gen.Frequency((40, Gen.Constant("")), (1, Gen.Elements("\n ", "\n- x", "\n\n")))
            select key + ":" + string.Concat(items.Take(4).Select(item => "\n" + indent + "- " + item)) + stray),
        (1, Gen.Elements("", "", "", "", "---", "...", "  more text", "- stray")));

    private static readonly Gen<string> Document =
        from entries in Entry.ListOf()
        from last in Gen.Elements("\n", "")
        select string.Join("\n", entries.Take(10)) + last;

    [Property(MaxTest = 5000)]
    public Property AnythingItAcceptsYamlDotNetParsesToTheSameEvents() =>
        Prop.ForAll(Arb.From(Document), SameEventsWhenAccepted);

    [Property(MaxTest = 2000)]
    public Property HostileTextItAcceptsYamlDotNetParsesToTheSameEvents() =>
        Prop.ForAll(HostileText.Text.ToArbitrary(), SameEventsWhenAccepted);

    private static void SameEventsWhenAccepted(string yaml)
    {
        if (FlatYaml.TryParse(yaml) is not { } flat)
        {
            return;
        }
        // What it accepts YamlDotNet must parse without an error, into the very same events.
        Assert.Equal(Describe(new Parser(new StringReader(yaml))), Describe(flat));
    }

    [Fact]
    public void TheGeneratedDocumentsAreOftenFlat()
    {
        // The property above says something only if many generated documents take the one-pass path.
        var accepted = Document.Sample(2000).Count(yaml => FlatYaml.TryParse(yaml) is not null);

        Assert.InRange(accepted, 300, 2000);
    }

    private static List<string> Describe(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            var what = e switch
            {
                Scalar s => $"'{s.Value}' {s.Style} {s.IsPlainImplicit} {s.IsQuotedImplicit} {s.Anchor} {s.Tag}",
                MappingStart m => $"{m.Style} {m.IsImplicit} {m.Anchor} {m.Tag}",
                SequenceStart q => $"{q.Style} {q.IsImplicit} {q.Anchor} {q.Tag}",
                DocumentStart d => $"{d.IsImplicit} {d.Version}",
                DocumentEnd d => $"{d.IsImplicit}",
                _ => "",
            };
            events.Add($"{e.GetType().Name} {Mark(e.Start)}-{Mark(e.End)} {what}");
        }
        return events;
    }

    private static string Mark(Mark m) => $"{m.Index}:{m.Line}:{m.Column}";
}
