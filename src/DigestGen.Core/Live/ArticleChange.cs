using DigestGen.Site;

namespace DigestGen.Live;

/// <summary>One edited article file: what the site had from it before and what it has now (null: not published).</summary>
public sealed record ArticleChange(string RelativePath, ArticleEntry? Before, ArticleEntry? After);
