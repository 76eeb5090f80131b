using System.Collections.Concurrent;
using DigestGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// Every template of the theme, parsed once before any page is rendered. Syntax errors become
/// diagnostics with the template's file, line and column. Includes resolve inside the theme
/// folder only, from the same parsed templates, so no page parses anything again.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string _root;
    private readonly Dictionary<string, Template> _templates;

    // The path each name an include was called with resolves to. A page includes a dozen partials and an
    // entity page dozens of cards: resolving the name again (a new string and a look-up) at each call added up.
    private readonly ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    private TemplateSet(string root, Dictionary<string, Template> templates)
    {
        _root = root;
        _templates = templates;
    }

    public static TemplateSet Load(string templatesDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(templatesDirectory);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(templatesDirectory, 0, 0, "templates folder not found", "pass --templates FOLDER or run from the project root"));
            return new TemplateSet(root, templates);
        }
        foreach (var file in Directory.EnumerateFiles(root, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            var display = Content.ContentLoader.DisplayPath(file);
            var template = Template.Parse(File.ReadAllText(file), display);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(ToDiagnostic(display, message));
            }
            DirectCallRewriter.Rewrite(template, TemplateFunctions.DirectNames);
            templates[name] = template;
        }
        return new TemplateSet(root, templates);
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    public Template Get(string name) => _templates[name];

    /// <summary>Makes a context whose include cache already holds every parsed template.</summary>
    public void Prime(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_paths.TryGetValue(templateName, out var known))
        {
            return known;
        }
        var name = templateName.Replace('\\', '/').TrimStart('/');
        if (!name.EndsWith(".sbn", StringComparison.Ordinal))
        {
            name += ".sbn";
        }
        if (!_templates.ContainsKey(name))
        {
            throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' not found in {_root}");
        }
        // Every name of one template resolves to the same string: the first path made for it.
        var path = _paths.GetOrAdd(name, name);
        return _paths.GetOrAdd(templateName, path);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' was not parsed at start-up");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    public static Diagnostic ToDiagnostic(string path, LogMessage message) =>
        new(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
            message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning,
            message.Message);
}
