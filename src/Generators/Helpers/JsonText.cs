using System.Globalization;
using System.Text;

namespace AgentGen.Generators.Helpers;

/// <summary>Writes compact JSON text deterministically (the generator cannot load System.Text.Json in every host).</summary>
internal sealed class JsonText
{
    private StringBuilder _builder = StringBuilderCache.Acquire();
    private bool _needsComma;

    public JsonText StartObject()
    {
        Separate();
        _builder.Append('{');
        _needsComma = false;
        return this;
    }

    public JsonText EndObject()
    {
        _builder.Append('}');
        _needsComma = true;
        return this;
    }

    public JsonText StartArray()
    {
        Separate();
        _builder.Append('[');
        _needsComma = false;
        return this;
    }

    public JsonText EndArray()
    {
        _builder.Append(']');
        _needsComma = true;
        return this;
    }

    public JsonText Name(string name)
    {
        Separate();
        AppendString(_builder, name);
        _builder.Append(':');
        _needsComma = false;
        return this;
    }

    public JsonText String(string value)
    {
        Separate();
        AppendString(_builder, value);
        _needsComma = true;
        return this;
    }

    /// <summary>Writes a value that is already JSON text (a number, true, false, null or a quoted string).</summary>
    public JsonText Raw(string json)
    {
        Separate();
        _builder.Append(json);
        _needsComma = true;
        return this;
    }

    public JsonText Number(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _builder.ToString();

    /// <summary>The JSON written; the builder goes back to the thread and this writer must not be used again.</summary>
    public string ToStringAndRelease()
    {
        string text = StringBuilderCache.ToStringAndRelease(_builder);
        _builder = null!;
        return text;
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private void Separate()
    {
        if (_needsComma)
        {
            _builder.Append(',');
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
