namespace DigestGen.Site.Views;

/// <summary>
/// A bar chart of articles per month, laid out at build time so the template only draws an
/// inline SVG: no script, no request. <see cref="Label"/> is the chart's accessible name.
/// </summary>
public sealed record TimelineView(int Width, int Height, string Label, IReadOnlyList<TimelineBar> Bars, string FirstLabel, string LastLabel);

public sealed record TimelineBar(double X, double Y, double Width, double Height, int Count, string Title);
