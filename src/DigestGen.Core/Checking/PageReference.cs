namespace DigestGen.Checking;

/// <summary>One URL a page points at (a link, image, stylesheet, script…), where it sits in the page.</summary>
public sealed record PageReference(string Url, string Kind, int Line, int Column);

/// <summary>What <c>check</c> needs of one built page: its ids (anchor targets) and what it points at.</summary>
public sealed record PageScan(string RelativePath, IReadOnlySet<string> Ids, IReadOnlyList<PageReference> References);
