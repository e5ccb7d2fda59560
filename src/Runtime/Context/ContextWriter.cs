using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen;

/// <summary>
/// Writes a tool value as the compact YAML-ish lines the default context shows: <c>name: value</c> per property,
/// nested objects indented by two spaces, lists of scalars inline (<c>[a, b]</c>), other lists as <c>-</c> items,
/// multi-line text as a <c>|</c> block, and <see langword="null"/> properties left out.
/// The generator emits a <see cref="ITool.WriteContext(ContextWriter)"/> per tool that drives this writer; nothing is reflected on.
/// </summary>
/// <remarks>
/// Strings are written as they are (no quotes, no escapes): the model reads them, nothing parses them back.
/// A value method (<see cref="WriteScalar"/>, <see cref="WriteObject{T}"/>, <see cref="WriteList{T}"/>,
/// <see cref="WriteScalarList{T}"/>, <see cref="WriteDictionary{T}"/>) writes what follows a property's <c>name:</c>
/// or a list item's <c>-</c>, and ends the line.
/// </remarks>
public sealed partial class ContextWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <summary>Initializes a writer that appends to <paramref name="builder"/>, its properties starting at the first column.</summary>
    /// <param name="builder">Where the text goes.</param>
    public ContextWriter(StringBuilder builder)
    {
        _builder = builder ?? throw new ArgumentNullException(nameof(builder));
    }

    /// <summary>Writes a scalar property, or nothing when <paramref name="text"/> is <see langword="null"/>.</summary>
    /// <param name="name">The property's JSON name.</param>
    /// <param name="text">The value as text (see the <c>Format</c> methods), or <see langword="null"/>.</param>
    public void WriteProperty(string name, string? text)
    {
        if (text is not null)
        {
            WriteName(name);
            WriteScalar(text);
        }
    }

    /// <summary>Writes an object, list or dictionary property, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="name">The property's JSON name.</param>
    /// <param name="value">The value.</param>
    /// <param name="writeValue">Writes the value after <c>name:</c>.</param>
    public void WriteProperty<T>(string name, T? value, ContextValueWriter<T> writeValue)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writeValue);
        WriteEntry(name, value, writeValue);
    }

    /// <summary>Writes a scalar: <c> text</c> on the same line, a <c>|</c> block for multi-line text, or <c> null</c>.</summary>
    /// <param name="text">The value as text, or <see langword="null"/>.</param>
    public void WriteScalar(string? text)
    {
        if (text is null || !text.Contains('\n', StringComparison.Ordinal))
        {
            _builder.Append(' ').Append(text ?? "null").Append('\n');
            return;
        }

        _builder.Append(" |\n");
        foreach (string line in text.Split('\n'))
        {
            _builder.Append(' ', _indent + 2).Append(line).Append('\n');
        }
    }

    /// <summary>Writes an object's properties on the following lines, one level deeper, or <c> null</c>.</summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="value">The object.</param>
    /// <param name="writeProperties">Writes the object's properties.</param>
    public void WriteObject<T>(T? value, ContextValueWriter<T> writeProperties)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writeProperties);
        if (value is null)
        {
            WriteScalar(null);
            return;
        }

        _builder.Append('\n');
        _indent += 2;
        writeProperties(this, value);
        _indent -= 2;
    }

    /// <summary>Writes a string-keyed dictionary like an object whose properties are its entries; <see langword="null"/> entries are left out.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="entries">The entries, or <see langword="null"/>.</param>
    /// <param name="writeValue">Writes one entry's value.</param>
    public void WriteDictionary<T>(IEnumerable<KeyValuePair<string, T>>? entries, ContextValueWriter<T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writeValue);
        if (entries is null)
        {
            WriteScalar(null);
            return;
        }

        _builder.Append('\n');
        _indent += 2;
        foreach (KeyValuePair<string, T> entry in entries)
        {
            WriteEntry(entry.Key, entry.Value, writeValue);
        }

        _indent -= 2;
    }

    /// <summary>Writes a list of scalars inline: <c> [a, b, null]</c>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items, or <see langword="null"/>.</param>
    /// <param name="format">Formats one item; <see langword="null"/> writes <c>null</c>.</param>
    public void WriteScalarList<T>(IEnumerable<T>? items, Func<T, string?> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (items is null)
        {
            WriteScalar(null);
            return;
        }

        _builder.Append(" [");
        bool first = true;
        foreach (T item in items)
        {
            _builder.Append(first ? string.Empty : ", ").Append(format(item) ?? "null");
            first = false;
        }

        _builder.Append("]\n");
    }

    /// <summary>
    /// Writes a list of objects, lists or dictionaries as <c>-</c> items on the following lines, each item's value two
    /// levels deeper; a list with no item but <see langword="null"/>s is written inline, like a list of scalars.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items, or <see langword="null"/>.</param>
    /// <param name="writeItem">Writes one non-null item after its <c>-</c>.</param>
    public void WriteList<T>(IEnumerable<T>? items, ContextValueWriter<T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writeItem);
        if (items is null)
        {
            WriteScalar(null);
            return;
        }

        IReadOnlyList<T> list = items as IReadOnlyList<T> ?? items.ToArray();
        if (list.All(item => item is null))
        {
            WriteScalarList(list, static _ => null);
            return;
        }

        _builder.Append('\n');
        foreach (T item in list)
        {
            _builder.Append(' ', _indent + 2).Append('-');
            _indent += 4;
            if (item is null)
            {
                WriteScalar(null);
            }
            else
            {
                writeItem(this, item);
            }

            _indent -= 4;
        }
    }

    private void WriteEntry<T>(string name, T? value, ContextValueWriter<T> writeValue)
    {
        if (value is not null)
        {
            WriteName(name);
            writeValue(this, value);
        }
    }

    private void WriteName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _builder.Append(' ', _indent).Append(name).Append(':');
    }
}

/// <summary>Writes one value with a <see cref="ContextWriter"/>; emitted by the generator per type.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value, never <see langword="null"/>.</param>
public delegate void ContextValueWriter<in T>(ContextWriter writer, T value);
