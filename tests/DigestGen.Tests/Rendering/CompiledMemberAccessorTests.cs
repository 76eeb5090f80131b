using DigestGen.Rendering;
using DigestGen.Site.Views;
using Scriban;
using Scriban.Runtime;

namespace DigestGen.Tests.Rendering;

/// <summary>Templates read the generator's view records through compiled delegates: the same members, names and values Scriban's reflection gave.</summary>
public sealed class CompiledMemberAccessorTests
{
    private static readonly DateTimeOffset Day = new(2025, 4, 29, 9, 30, 0, TimeSpan.FromHours(3));

    private static string Render(string template, object model)
    {
        var context = new HtmlTemplateContext();
        var globals = new ScriptObject { ["m"] = model };
        context.PushGlobal(globals);
        return Template.Parse(template).Render(context);
    }

    private static EntityLink Link(int mentions) =>
        new("alibaba", "علي بابا", "organization", "مؤسسة", "entities/alibaba/", true, mentions, "شركة صينية \"كبرى\"", 12, "ورد في 12 خبراً");

    [Fact]
    public void ReadsRecordMembersUnderTheirSnakeCaseNames()
    {
        var html = Render("{{ m.name }}|{{ m.type_label }}|{{ m.article_count }}|{{ m.verified }}|{{ m.description }}", Link(3));

        Assert.Equal("علي بابا|مؤسسة|12|true|شركة صينية &quot;كبرى&quot;", html);
    }

    [Fact]
    public void ReadsComputedPropertiesAndNestedRecords()
    {
        var html = Render("{{ m.card_id }}|{{ m.card.mentions }}|{{ m.mentions }}", Link(3));

        Assert.Equal("entity-card-alibaba|0|3", html);
    }

    [Fact]
    public void ListsTheSameMembersScribanWould()
    {
        var members = Render("{{ for k in m | object.keys }}{{ k }} {{ end }}", new TagLink("الصين", "tags/china/")).Trim();

        Assert.Equal("name path", members);
        Assert.Equal("", Render("{{ m.no_such_member }}", new TagLink("الصين", "tags/china/")));
    }

    [Fact]
    public void ReadsNullableValueMembers()
    {
        var card = new ArticleCard("عنوان", "articles/a/", Day, "ملخص", null, null, [], "ar", "rtl");
        var corrected = new CorrectionNote("صُحّح الاسم", Day);

        Assert.Equal("2025|true|", Render("{{ m.date.year }}|{{ m.source == null }}|{{ m.note }}", card));
        Assert.Equal("صُحّح الاسم|29", Render("{{ m.text }}|{{ m.date.day }}", corrected));
    }

    [Fact]
    public void ObjectsFromOutsideTheGeneratorKeepScribansAccessor()
    {
        var settable = new Settable { Name = "قبل" };

        Assert.Equal("بعد", Render("{{ m.name = 'بعد' }}{{ m.name }}", settable));
        Assert.Equal("بعد", settable.Name);
    }

    public sealed class Settable
    {
        public string Name { get; set; } = "";
    }
}
