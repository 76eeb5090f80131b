namespace DigestGen.Site.Views;

/// <summary>One page of a list of articles: a tag, a source, an archive month.</summary>
public sealed record ArticleListView(string Heading, string Name, int Total, string TotalText, IReadOnlyList<ArticleCard> Articles, Pager Pager);

/// <summary>A tag, a source or a month with the number of its articles.</summary>
public sealed record TermLink(string Name, string Path, int Count);

/// <summary>The tags or sources index.</summary>
public sealed record TermIndexView(IReadOnlyList<TermLink> Terms);

public sealed record ArchiveView(IReadOnlyList<ArchiveYear> Years);

public sealed record ArchiveYear(int Year, string Label, IReadOnlyList<TermLink> Months);
