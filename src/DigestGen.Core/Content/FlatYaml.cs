using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DigestGen.Content;

/// <summary>
/// The parsing events of YAML in the shape a front matter takes: keys at the left margin, each with a
/// plain or quoted value on its own line or with a list of such values below it. Made in one pass
/// over the text, with the positions YamlDotNet's parser gives, so the tree built from them, and every
/// line and column a message names, is the same as YamlDotNet's own. Anything else (a comment, a nested
/// mapping, a value over several lines, a flow list, an anchor or tag, an escape, a tab or a carriage
/// return, a character YAML refuses) gives null, and YamlDotNet reads the text as before. Reading ten
/// thousand front matters, YamlDotNet's scanner and parser were a third of the read stage.
/// </summary>
internal sealed class FlatYaml : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _at = -1;

    private FlatYaml(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _at >= 0 && _at < _events.Count ? _events[_at] : null;

    public bool MoveNext() => ++_at < _events.Count;

    /// <summary>The events of <paramref name="text"/> when it has the flat shape, else null.</summary>
    public static FlatYaml? TryParse(string text) =>
        text.Length > 0 && IsKeyStart(text[0]) && HasOnlyPlainCharacters(text) && new Reader(text).Read() is { } events
            ? new FlatYaml(events)
            : null;

    // No character that YAML refuses or reads otherwise than as itself: controls (a line feed aside, but
    // tabs and carriage returns too), the C1 block, line and paragraph separators (YAML 1.1 line breaks),
    // a byte order mark, surrogates (YamlDotNet counts a pair as one place), and '#', which may start a comment.
    private static bool HasOnlyPlainCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c == '\n')
            {
                continue;
            }
            if (c < 0x20 || c is >= '\u007F' and < '\u00A0' || c is >= '\uD800' and <= '\uDFFF'
                || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' or '#')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsKeyStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsKeyPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>What may not start a plain value: YAML's indicators (and a space).</summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

    private sealed class Reader(string text)
    {
        private readonly string _text = text;
        private readonly List<ParsingEvent> _events = new(32);
        private int _at;
        private int _line = 1;
        private int _lineStart;

        // A key whose value is not on its line: a list follows, or (at the empty value's place) nothing.
        private Mark? _emptyValue;

        // The indentation of the list being read, or -1.
        private int _listIndent = -1;

        public List<ParsingEvent>? Read()
        {
            var start = new Mark(0, 1, 1);
            _events.Add(new StreamStart(start, start));
            _events.Add(new DocumentStart(null, new TagDirectiveCollection(), true, start, start));
            _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            while (_at < _text.Length)
            {
                var c = _text[_at];
                if (c == '\n')
                {
                    NextLine();
                }
                else if (c is ' ' or '-')
                {
                    if (!ListItem())
                    {
                        return null;
                    }
                }
                else if (!KeyAndValue())
                {
                    return null;
                }
            }
            // At the end of the text YamlDotNet stands at the start of a line, adding one when the last has no line feed.
            var end = _at == _lineStart ? Here : new Mark(_at, _line + 1, 1);
            Close(end);
            _events.Add(new MappingEnd(end, end));
            _events.Add(new DocumentEnd(true, end, end));
            _events.Add(new StreamEnd(end, end));
            return _events;
        }

        private Mark Here => new(_at, _line, _at - _lineStart + 1);

        private void NextLine()
        {
            _at++;
            _line++;
            _lineStart = _at;
        }

        /// <summary>Ends what the last key opened, at the place of what follows it.</summary>
        private void Close(Mark next)
        {
            if (_emptyValue is { } empty)
            {
                _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, "", ScalarStyle.Plain, true, false, empty, empty));
                _emptyValue = null;
            }
            if (_listIndent >= 0)
            {
                _events.Add(new SequenceEnd(next, next));
                _listIndent = -1;
            }
        }

        private bool KeyAndValue()
        {
            if (!IsKeyStart(_text[_at]))
            {
                return false;
            }
            var start = Here;
            Close(start);
            var end = _at + 1;
            while (end < _text.Length && IsKeyPart(_text[end]))
            {
                end++;
            }
            if (end >= _text.Length || _text[end] != ':' || (end + 1 < _text.Length && _text[end + 1] is not (' ' or '\n')))
            {
                return false;
            }
            var key = _text[_at..end];
            _at = end;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, true, false, start, Here));
            _at++; // ':'
            var afterColon = Here;
            SkipSpaces();
            if (_at == _text.Length || _text[_at] == '\n')
            {
                _emptyValue = afterColon;
                return EndOfLine();
            }
            return Value() && EndOfLine();
        }

        private bool ListItem()
        {
            // Only below a key with nothing after it, or after another item at the same indentation.
            if (_emptyValue is null && _listIndent < 0)
            {
                return false;
            }
            var indent = 0;
            while (_at + indent < _text.Length && _text[_at + indent] == ' ')
            {
                indent++;
            }
            var dash = _at + indent;
            if (dash + 1 >= _text.Length || _text[dash] != '-' || _text[dash + 1] != ' ' || (_listIndent >= 0 && indent != _listIndent))
            {
                return false;
            }
            _at = dash;
            if (_listIndent < 0)
            {
                // A list at the key's own indentation starts at its dash and ends after it; an indented one is a point at the dash.
                var at = Here;
                var end = indent == 0 ? new Mark(_at + 1, _line, at.Column + 1) : at;
                _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, at, end));
                _emptyValue = null;
                _listIndent = indent;
            }
            _at++;
            SkipSpaces();
            return _at < _text.Length && _text[_at] != '\n' && Value() && EndOfLine();
        }

        private bool Value() => _text[_at] switch
        {
            '\'' => SingleQuoted(),
            '"' => DoubleQuoted(),
            _ => Plain(),
        };

        private bool SingleQuoted()
        {
            var start = Here;
            var value = new System.Text.StringBuilder();
            for (var i = _at + 1; i < _text.Length; i++)
            {
                var c = _text[i];
                if (c == '\n')
                {
                    return false;
                }
                if (c != '\'')
                {
                    value.Append(c);
                    continue;
                }
                if (i + 1 < _text.Length && _text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }
                _at = i + 1;
                _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), ScalarStyle.SingleQuoted, false, true, start, Here));
                return true;
            }
            return false;
        }

        private bool DoubleQuoted()
        {
            var start = Here;
            var end = _text.AsSpan(_at + 1).IndexOfAny('"', '\\', '\n');
            if (end < 0 || _text[_at + 1 + end] != '"')
            {
                return false;
            }
            var value = _text.Substring(_at + 1, end);
            _at += end + 2;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true, start, Here));
            return true;
        }

        private bool Plain()
        {
            if (IsIndicator(_text[_at]))
            {
                return false;
            }
            var lineEnd = _text.IndexOf('\n', _at);
            var line = _text.AsSpan(_at, (lineEnd < 0 ? _text.Length : lineEnd) - _at).TrimEnd(' ');
            // ": " would make it a key, and a value running on below would continue it: both are YamlDotNet's to read.
            if (line.Contains(": ", StringComparison.Ordinal) || line[^1] == ':' || ContinuesBelow(lineEnd))
            {
                return false;
            }
            var start = Here;
            _at += line.Length;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, line.ToString(), ScalarStyle.Plain, true, false, start, Here));
            return true;
        }

        /// <summary>Whether the next line that is not empty is indented: a plain value goes on there, unless it is a list item.</summary>
        private bool ContinuesBelow(int lineEnd)
        {
            if (lineEnd < 0)
            {
                return false;
            }
            var next = lineEnd + 1;
            while (next < _text.Length && _text[next] == '\n')
            {
                next++;
            }
            return next < _text.Length && _text[next] == ' ' && !IsListLine(next);
        }

        private bool IsListLine(int at)
        {
            while (at < _text.Length && _text[at] == ' ')
            {
                at++;
            }
            return at + 1 < _text.Length && _text[at] == '-' && _text[at + 1] == ' ';
        }

        private void SkipSpaces()
        {
            while (_at < _text.Length && _text[_at] == ' ')
            {
                _at++;
            }
        }

        /// <summary>Nothing but spaces may follow a value on its line.</summary>
        private bool EndOfLine()
        {
            SkipSpaces();
            if (_at == _text.Length)
            {
                return true;
            }
            if (_text[_at] != '\n')
            {
                return false;
            }
            NextLine();
            return true;
        }
    }
}
