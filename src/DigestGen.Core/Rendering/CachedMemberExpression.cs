using Scriban;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// <c>card.title</c>, <c>page.data.entity</c>…: a member read that remembers, at its place in the
/// parsed template, the reader it found last for the type it read from. Scriban asks the context for
/// the type's accessor (a dictionary by type) and the accessor for the member (a dictionary by name)
/// at every read; a page reads a few hundred members, nearly always of the same view type at the same
/// place, so a read is then one type comparison and the compiled getter. Any other target (a script
/// object, a list, a string, a view type seen for the first time) is read as Scriban reads it, and
/// assigning to a member is Scriban's own (this only reads).
/// </summary>
internal sealed class CachedMemberExpression : ScriptMemberExpression
{
    private readonly string _name;
    private Hit? _hit;

    private CachedMemberExpression(ScriptMemberExpression member)
    {
        // A node has one parent: each part is taken off the read it replaces before it is put here.
        var (target, dot, name) = (member.Target, member.DotToken, member.Member);
        member.Target = null;
        member.DotToken = ScriptToken.Dot();
        member.Member = null;
        Span = member.Span;
        Target = target;
        DotToken = dot;
        Member = name;
        _name = name?.Name ?? "";
    }

    /// <summary>
    /// The same read, remembering its reader, when what it reads from is a plain path of variables,
    /// members and constant indexes (<c>card.source.name</c>, <c>page.data[0].title</c>): reading such a
    /// path again has no effect, so a read from nothing can be handed back to Scriban whole. Any other
    /// read (from a call's result, or a subclass of Scriban's) is left as it is.
    /// </summary>
    public static ScriptExpression From(ScriptMemberExpression member) =>
        member.GetType() == typeof(ScriptMemberExpression) && member.Member is not null && IsPlainPath(member.Target)
            ? new CachedMemberExpression(member)
            : member;

    private static bool IsPlainPath(ScriptExpression? path) => path switch
    {
        ScriptVariable => true,
        CachedMemberExpression => true,
        ScriptIndexerExpression indexer => IsPlainPath(indexer.Target) && indexer.Index is ScriptLiteral or ScriptVariable,
        _ => false,
    };

    public override object? GetValue(TemplateContext context)
    {
        // The accessor a context gives a type is its class's choice: only the generator's context is
        // known to give every type the same accessor at every read.
        if (context is not HtmlTemplateContext)
        {
            return base.GetValue(context);
        }

        var target = context.GetValue(Target);
        if (target is null)
        {
            // Scriban's read again, for its answer when there is nothing to read from (null, or its
            // error, by the settings and the dot's kind): the path is read a second time, to no effect.
            return base.GetValue(context);
        }

        var type = target.GetType();
        if (_hit is { } hit && hit.Type == type)
        {
            return hit.Read(target);
        }

        var accessor = context.GetMemberAccessor(target);
        if (accessor is CompiledMemberAccessor compiled && compiled.ReaderOf(_name) is { } read)
        {
            // Threads rendering the same template may each set it; any of their readers is right for its type.
            _hit = new Hit(type, read);
            return read(target);
        }

        // As Scriban reads a member of an object it has (ScriptMemberExpression.GetValue).
        var span = Member!.Span;
        if (!accessor.TryGetValue(context, span, target, _name, out var value))
        {
            var found = context.TryGetMember?.Invoke(context, span, target, _name, out value);
            if (!context.EnableRelaxedMemberAccess && found != true)
            {
                throw new ScriptRuntimeException(span, $"Cannot get member with name {_name}.");
            }
        }

        return value;
    }

    private sealed record Hit(Type Type, Func<object, object?> Read);
}
