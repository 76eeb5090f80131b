using DigestGen.Rendering;

namespace DigestGen.Site;

public sealed partial class PagePlanner
{
    private void AddTagPages(List<Page> pages) =>
        AddTermPages(pages, new Taxonomy("tag", "tags", "الوسوم", "وسم", new("الوسوم", "tags/"), model.Links.ArticlesByTag, TagPath));

    private string TagPath(string tag) => $"tags/{model.Links.TagSlugs[tag]}/";
}
