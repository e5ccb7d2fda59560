using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AgentGen.Serialization.Lenient;

/// <summary>
/// Reads one lenient JSON object from a start offset, writing it as strict JSON. Iterative (an explicit
/// stack, never recursion), one pass, never throws: it stops at the first thing it cannot repair.
/// </summary>
internal sealed class LenientScanner(string text)
{
    private enum State { ObjectFirst, ObjectNext, Colon, Value, ArrayFirst, ArrayNext, After }

    private readonly string _text = text;
    private readonly StringBuilder _out = new();
    private readonly List<char> _stack = [];

    public LenientRepair Repairs { get; private set; }

    public string Json => _out.ToString();

    /// <summary>Reads the object that starts at <paramref name="start"/> (a '{').</summary>
    /// <param name="start">The offset of the '{'.</param>
    /// <param name="end">The offset just past the object, or where reading stopped.</param>
    /// <param name="failure">Why reading stopped, or <see langword="null"/>.</param>
    /// <returns>Whether a whole object was read.</returns>
    public bool TryRead(int start, out int end, out LenientFailure? failure)
    {
        _out.Clear();
        _stack.Clear();
        Repairs = LenientRepair.None;
        int pos = start;
        State state = State.Value;
        while (true)
        {
            if (!SkipTrivia(ref pos, out failure, start))
            {
                end = pos;
                return false;
            }

            if (pos >= _text.Length)
            {
                string expected = state switch
                {
                    State.Colon => "':'",
                    State.ObjectFirst or State.ObjectNext => "a property name or '}'",
                    State.After => _stack[^1] == '{' ? "',' or '}'" : "',' or ']'",
                    _ => "a value",
                };
                failure = Fail(ToolReadErrorKind.Truncated, start, pos, expected + $" ({_stack.Count} unclosed)");
                end = pos;
                return false;
            }

            char c = _text[pos];
            switch (state)
            {
                case State.ObjectFirst or State.ObjectNext:
                    if (c == '}')
                    {
                        DropTrailingComma(state == State.ObjectNext);
                        pos++;
                        if (Close('}'))
                        {
                            end = pos;
                            return true;
                        }

                        state = State.After;
                    }
                    else if (c is '"' or '\'')
                    {
                        if (!ReadString(ref pos, start, out failure))
                        {
                            end = pos;
                            return false;
                        }

                        state = State.Colon;
                    }
                    else if (IsKeyChar(c))
                    {
                        int keyStart = pos;
                        while (pos < _text.Length && IsKeyChar(_text[pos]))
                        {
                            pos++;
                        }

                        _out.Append('"').Append(_text, keyStart, pos - keyStart).Append('"');
                        Repairs |= LenientRepair.UnquotedKeys;
                        state = State.Colon;
                    }
                    else
                    {
                        return Stop(ToolReadErrorKind.MalformedJson, start, pos, "a property name or '}'", out end, out failure);
                    }

                    break;
                case State.Colon:
                    if (c != ':')
                    {
                        return Stop(ToolReadErrorKind.MalformedJson, start, pos, "':'", out end, out failure);
                    }

                    _out.Append(':');
                    pos++;
                    state = State.Value;
                    break;
                case State.ArrayFirst or State.ArrayNext when c == ']':
                    DropTrailingComma(state == State.ArrayNext);
                    pos++;
                    state = State.After;
                    Close(']');
                    break;
                case State.Value or State.ArrayFirst or State.ArrayNext:
                    if (c is '{' or '[')
                    {
                        if (_stack.Count >= LenientJson.MaxDepth)
                        {
                            return Stop(ToolReadErrorKind.TooDeep, start, pos, $"at most {LenientJson.MaxDepth} levels of nesting", out end, out failure);
                        }

                        _stack.Add(c);
                        _out.Append(c);
                        pos++;
                        state = c == '{' ? State.ObjectFirst : State.ArrayFirst;
                        break;
                    }

                    if (!ReadScalar(ref pos, start, out failure))
                    {
                        end = pos;
                        return false;
                    }

                    state = State.After;
                    break;
                default: // After a value.
                    char close = _stack[^1] == '{' ? '}' : ']';
                    if (c == ',')
                    {
                        _out.Append(',');
                        pos++;
                        state = close == '}' ? State.ObjectNext : State.ArrayNext;
                    }
                    else if (c == close)
                    {
                        pos++;
                        if (Close(close))
                        {
                            end = pos;
                            return true;
                        }
                    }
                    else
                    {
                        return Stop(ToolReadErrorKind.MalformedJson, start, pos, close == '}' ? "',' or '}'" : "',' or ']'", out end, out failure);
                    }

                    break;
            }
        }
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '-' or '.';

    private bool Close(char close)
    {
        _out.Append(close);
        _stack.RemoveAt(_stack.Count - 1);
        return _stack.Count == 0;
    }

    private void DropTrailingComma(bool afterComma)
    {
        if (afterComma && _out.Length > 0 && _out[^1] == ',')
        {
            _out.Length--;
            Repairs |= LenientRepair.TrailingComma;
        }
    }

    private bool Stop(ToolReadErrorKind kind, int start, int pos, string expected, out int end, out LenientFailure? failure)
    {
        failure = Fail(kind, start, pos, expected);
        end = pos;
        return false;
    }

    private LenientFailure Fail(ToolReadErrorKind kind, int start, int pos, string expected) =>
        new(kind, start, pos, expected, pos >= _text.Length ? "end of input" : Describe(_text[pos]));

    private static string Describe(char c) => char.IsControl(c) || char.IsSurrogate(c)
        ? "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
        : "'" + c + "'";

    private bool SkipTrivia(ref int pos, out LenientFailure? failure, int start)
    {
        failure = null;
        while (pos < _text.Length)
        {
            char c = _text[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
            }
            else if (c == '#' || (c == '/' && pos + 1 < _text.Length && _text[pos + 1] == '/'))
            {
                int newline = _text.IndexOf('\n', pos);
                pos = newline < 0 ? _text.Length : newline + 1;
                Repairs |= LenientRepair.Comments;
            }
            else if (c == '/' && pos + 1 < _text.Length && _text[pos + 1] == '*')
            {
                int close = _text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    pos = _text.Length;
                    failure = Fail(ToolReadErrorKind.Truncated, start, pos, "'*/' to close the comment");
                    return false;
                }

                pos = close + 2;
                Repairs |= LenientRepair.Comments;
            }
            else
            {
                break;
            }
        }

        return true;
    }

    private bool ReadString(ref int pos, int start, out LenientFailure? failure)
    {
        char quote = _text[pos];
        if (quote == '\'')
        {
            Repairs |= LenientRepair.SingleQuotes;
        }

        _out.Append('"');
        pos++;
        while (pos < _text.Length)
        {
            char c = _text[pos++];
            if (c == quote)
            {
                _out.Append('"');
                failure = null;
                return true;
            }

            if (c == '\\' && pos < _text.Length)
            {
                char escaped = _text[pos++];
                if (escaped is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' or 'u')
                {
                    _out.Append('\\').Append(escaped);
                }
                else if (escaped == '\'')
                {
                    _out.Append('\'');
                }
                else
                {
                    _out.Append("\\\\");
                    pos--;
                    Repairs |= LenientRepair.StringEscapes;
                }
            }
            else if (c == '"')
            {
                _out.Append("\\\"");
            }
            else if (c < ' ')
            {
                _out.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) });
                Repairs |= LenientRepair.StringEscapes;
            }
            else
            {
                _out.Append(c);
            }
        }

        failure = Fail(ToolReadErrorKind.Truncated, start, pos, "the closing quote of a string" + $" ({_stack.Count} unclosed)");
        return false;
    }

    private bool ReadScalar(ref int pos, int start, out LenientFailure? failure)
    {
        char c = _text[pos];
        if (c is '"' or '\'')
        {
            return ReadString(ref pos, start, out failure);
        }

        failure = null;
        int from = pos;
        if (c is '-' or '+' or '.' || char.IsAsciiDigit(c))
        {
            while (pos < _text.Length && (char.IsAsciiDigit(_text[pos]) || _text[pos] is '-' or '+' or '.' or 'e' or 'E'))
            {
                pos++;
            }

            _out.Append(_text, from, pos - from);
            return true;
        }

        while (pos < _text.Length && char.IsAsciiLetter(_text[pos]))
        {
            pos++;
        }

        string? literal = _text.AsSpan(from, pos - from) switch
        {
            "true" or "false" or "null" => _text[from..pos],
            "True" => "true",
            "False" => "false",
            "None" => "null",
            _ => null,
        };
        if (literal is null)
        {
            failure = Fail(ToolReadErrorKind.MalformedJson, start, from, "a value");
            pos = from;
            return false;
        }

        if (literal.Length > 0 && literal[0] != _text[from])
        {
            Repairs |= LenientRepair.PythonLiterals;
        }

        _out.Append(literal);
        return true;
    }
}
