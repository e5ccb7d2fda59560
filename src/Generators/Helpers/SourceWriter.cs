using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace AgentGen.Generators.Helpers;

/// <summary>A small indented text writer: generated code is written as text, line by line.</summary>
/// <remarks>
/// Interpolated lines (<c>writer.WriteLine($"...")</c>) are appended piece by piece through <see cref="LineHandler"/>,
/// never built as a string first; and the builder is the thread's, reused from file to file (<see cref="StringBuilderCache"/>).
/// </remarks>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private StringBuilder _builder = StringBuilderCache.Acquire();
    private int _indent;

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }

        WriteIndent();
        _builder.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated line at the current indentation, appending its parts directly.</summary>
    public SourceWriter WriteLine([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes several lines (split on '\n'), each at the current indentation.</summary>
    public SourceWriter WriteLines(string text)
    {
        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(line);
        }

        return this;
    }

    public SourceWriter OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        return Open();
    }

    /// <summary>Writes an interpolated header line and opens a block under it.</summary>
    public SourceWriter OpenBlock([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        _builder.Append('\n');
        return Open();
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        if (_indent < 0)
        {
            throw new InvalidOperationException("Unbalanced blocks in generated source.");
        }

        WriteIndent();
        _builder.Append('}').Append(suffix).Append('\n');
        return this;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>The text written; the writer gives its builder back to the thread for the next file and must not be used again.</summary>
    public string ToStringAndRelease()
    {
        string text = StringBuilderCache.ToStringAndRelease(_builder);
        _builder = null!;
        return text;
    }

    private SourceWriter Open()
    {
        WriteIndent();
        _builder.Append('{').Append('\n');
        _indent++;
        return this;
    }

    private void WriteIndent()
    {
        for (int i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }
    }

    /// <summary>Appends the parts of an interpolated line to the writer, after its indentation.</summary>
    [InterpolatedStringHandler]
    public readonly struct LineHandler
    {
        private readonly StringBuilder _builder;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _builder = writer._builder;
            writer.WriteIndent();
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        public void AppendFormatted<T>(T value)
        {
            // As string interpolation formats a value: IFormattable with no format and the current culture.
            _builder.Append(value is IFormattable formattable ? formattable.ToString(null, null) : value?.ToString());
        }
    }
}
