using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>
/// One argument value of a <c>FunctionCallContent</c>, as providers produce them: a <see cref="JsonElement"/>,
/// a string, a number, a boolean, <see langword="null"/>, or a nested dictionary or list. Wraps either without boxing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ArgumentValue
{
    private readonly object? _value;
    private readonly JsonElement _element;
    private readonly bool _isElement;

    /// <summary>Wraps a value that is not a <see cref="JsonElement"/> (a boxed one is unwrapped).</summary>
    /// <param name="value">The value.</param>
    public ArgumentValue(object? value)
    {
        if (value is JsonElement element)
        {
            _element = element;
            _isElement = true;
            _value = null;
        }
        else
        {
            _value = value;
            _element = default;
            _isElement = false;
        }
    }

    /// <summary>Wraps a <see cref="JsonElement"/>.</summary>
    /// <param name="element">The element.</param>
    public ArgumentValue(JsonElement element)
    {
        _element = element;
        _isElement = true;
        _value = null;
    }

    /// <summary>Gets a value indicating whether the value is <see langword="null"/> (or a JSON null).</summary>
    public bool IsNull => _isElement ? _element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined : _value is null;

    /// <summary>Gets the wrapped element, when the value is one.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether the value is a <see cref="JsonElement"/>.</returns>
    public bool TryGetElement(out JsonElement element)
    {
        element = _element;
        return _isElement;
    }

    /// <summary>Gets the wrapped value when it is not a <see cref="JsonElement"/>.</summary>
    public object? RawValue => _value;

    /// <summary>Gets the value as a string, when it is one.</summary>
    /// <param name="value">The string.</param>
    /// <returns>Whether the value is a string.</returns>
    public bool TryGetString(out string? value)
    {
        if (_isElement)
        {
            if (_element.ValueKind == JsonValueKind.String)
            {
                value = _element.GetString();
                return true;
            }
        }
        else if (_value is string s)
        {
            value = s;
            return true;
        }
        else if (_value is char c)
        {
            value = c.ToString();
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Gets the value as an object to enumerate, when it is one.</summary>
    /// <param name="value">The object.</param>
    /// <returns>Whether the value is an object.</returns>
    public bool TryGetObject(out ArgumentObject value)
    {
        if (_isElement)
        {
            value = new ArgumentObject(_element);
            return _element.ValueKind == JsonValueKind.Object;
        }

        if (_value is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            value = new ArgumentObject(pairs);
            return true;
        }

        if (_value is IDictionary dictionary)
        {
            value = new ArgumentObject(dictionary);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Gets the value as a list of values, when it is one.</summary>
    /// <param name="items">The items.</param>
    /// <returns>Whether the value is an array.</returns>
    public bool TryGetArray(out List<ArgumentValue> items)
    {
        if (_isElement)
        {
            if (_element.ValueKind != JsonValueKind.Array)
            {
                items = null!;
                return false;
            }

            items = new List<ArgumentValue>(_element.GetArrayLength());
            foreach (JsonElement item in _element.EnumerateArray())
            {
                items.Add(new ArgumentValue(item));
            }

            return true;
        }

        if (_value is IEnumerable enumerable and not string and not IDictionary and not IEnumerable<KeyValuePair<string, object?>>)
        {
            items = new List<ArgumentValue>();
            foreach (object? item in enumerable)
            {
                items.Add(new ArgumentValue(item));
            }

            return true;
        }

        items = null!;
        return false;
    }

    /// <summary>Describes the value for an error message, for example <c>string "ten"</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        if (_isElement)
        {
            return _element.ValueKind switch
            {
                JsonValueKind.String => "string " + JsonValueReaders.Quote(_element.GetString()),
                JsonValueKind.Number => "number " + _element.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Object => "object",
                JsonValueKind.Array => "array",
                _ => "null",
            };
        }

        return _value switch
        {
            null => "null",
            string s => "string " + JsonValueReaders.Quote(s),
            bool b => b ? "true" : "false",
            IDictionary or IEnumerable<KeyValuePair<string, object?>> => "object",
            IEnumerable => "array",
            IFormattable f => "number " + f.ToString(null, CultureInfo.InvariantCulture),
            _ => _value.GetType().Name,
        };
    }
}

/// <summary>An object-shaped argument value: a dictionary or a JSON object, enumerated as name/value pairs.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ArgumentObject
{
    private readonly JsonElement _element;
    private readonly IEnumerable<KeyValuePair<string, object?>>? _pairs;
    private readonly IDictionary? _dictionary;

    internal ArgumentObject(JsonElement element)
    {
        _element = element;
        _pairs = null;
        _dictionary = null;
    }

    internal ArgumentObject(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        _element = default;
        _pairs = pairs;
        _dictionary = null;
    }

    internal ArgumentObject(IDictionary dictionary)
    {
        _element = default;
        _pairs = null;
        _dictionary = dictionary;
    }

    /// <summary>Wraps the arguments of a function call; <see langword="null"/> is an empty object.</summary>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The object.</returns>
    public static ArgumentObject From(IEnumerable<KeyValuePair<string, object?>>? arguments) =>
        new(arguments ?? System.Array.Empty<KeyValuePair<string, object?>>());

    /// <summary>Enumerates the properties without copying them.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Copies the properties into a list of name/value pairs.</summary>
    /// <returns>The properties in their original order.</returns>
    public List<KeyValuePair<string, ArgumentValue>> GetProperties()
    {
        var list = new List<KeyValuePair<string, ArgumentValue>>();
        foreach (KeyValuePair<string, ArgumentValue> property in this)
        {
            list.Add(property);
        }

        return list;
    }

    /// <summary>
    /// Enumerates an object's properties. A JSON object and a <see cref="Dictionary{TKey, TValue}"/> are walked
    /// without allocating; other dictionaries through their interfaces.
    /// </summary>
    public struct Enumerator
    {
        private readonly byte _kind;
        private JsonElement.ObjectEnumerator _element;
        private Dictionary<string, object?>.Enumerator _dictionary;
        private readonly IEnumerator<KeyValuePair<string, object?>>? _pairs;
        private readonly IDictionaryEnumerator? _entries;

        internal Enumerator(ArgumentObject owner)
        {
            _element = default;
            _dictionary = default;
            _pairs = null;
            _entries = null;
            Current = default;
            if (owner._pairs is Dictionary<string, object?> dictionary)
            {
                _kind = 1;
                _dictionary = dictionary.GetEnumerator();
            }
            else if (owner._pairs is not null)
            {
                _kind = 2;
                _pairs = owner._pairs.GetEnumerator();
            }
            else if (owner._dictionary is not null)
            {
                _kind = 3;
                _entries = owner._dictionary.GetEnumerator();
            }
            else if (owner._element.ValueKind == JsonValueKind.Object)
            {
                _kind = 4;
                _element = owner._element.EnumerateObject();
            }
            else
            {
                _kind = 0;
            }
        }

        /// <summary>Gets the current property.</summary>
        public KeyValuePair<string, ArgumentValue> Current { get; private set; }

        /// <summary>Moves to the next property.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext()
        {
            switch (_kind)
            {
                case 1 when _dictionary.MoveNext():
                    Current = new(_dictionary.Current.Key, new ArgumentValue(_dictionary.Current.Value));
                    return true;
                case 2 when _pairs!.MoveNext():
                    Current = new(_pairs.Current.Key, new ArgumentValue(_pairs.Current.Value));
                    return true;
                case 3 when _entries!.MoveNext():
                    Current = new(Convert.ToString(_entries.Key, CultureInfo.InvariantCulture) ?? string.Empty, new ArgumentValue(_entries.Value));
                    return true;
                case 4 when _element.MoveNext():
                    Current = new(_element.Current.Name, new ArgumentValue(_element.Current.Value));
                    return true;
                default:
                    return false;
            }
        }
    }
}
