using System.Text;
using DigestGen.Rendering;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestGen.Markdown;

/// <summary>
/// Writes the plain text of a Markdown document: the text a reader reads, in document order,
/// one leaf block (paragraph, heading, table cell) per chunk, chunks separated by "\n\n". Entity
/// offsets and search snippets index this text, and the HTML annotation pass finds the same
/// characters in the same order in the rendered page.
/// </summary>
internal static class PlainTextWriter
{
    public static string Write(MarkdownDocument document)
    {
        var sb = ThreadBuilders.Rent();
        foreach (var block in document)
        {
            WriteBlock(sb, block);
        }
        return ThreadBuilders.ToStringAndReturn(sb);
    }

    public static string OfBlock(Block block)
    {
        var sb = ThreadBuilders.Rent();
        WriteBlock(sb, block);
        return ThreadBuilders.ToStringAndReturn(sb);
    }

    private static void WriteBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case CustomContainer container when AnnotationKinds.Labels.ContainsKey((container.Info ?? "").Trim().ToLowerInvariant()):
                foreach (var child in container)
                {
                    WriteBlock(sb, child);
                }
                break;
            case FootnoteGroup or ThematicBreakBlock or LinkReferenceDefinitionGroup or HtmlBlock:
                break;
            case LeafBlock { Inline: { } inline }:
                StartChunk(sb);
                WriteInlines(sb, inline);
                break;
            case CodeBlock code:
                StartChunk(sb);
                sb.Append(code.Lines.ToString().TrimEnd('\n'));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(sb, child);
                }
                break;
        }
    }

    private static void StartChunk(StringBuilder sb)
    {
        if (sb.Length > 0)
        {
            sb.Append("\n\n");
        }
    }

    private static void WriteInlines(StringBuilder sb, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case AutolinkInline auto: sb.Append(auto.Url); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
                case FootnoteLink: break;
                case ContainerInline child: WriteInlines(sb, child); break;
            }
        }
    }
}
