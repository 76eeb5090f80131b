using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning the partial's output as <see cref="RawHtml"/>: a partial
/// is theme markup whose own values were already escaped, so it must not be escaped twice.
/// </summary>
public sealed class TrustedInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;
    public int ParameterCount => _inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(_inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml((await _inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
