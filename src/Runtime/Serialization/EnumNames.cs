using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>The JSON names of an enum's members, emitted by the generator; reads and writes without reflection.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>Reading matches the JSON name exactly first, then ignoring case, then the C# member name ignoring case.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly (string JsonName, string ClrName, byte[] Utf8, TEnum Value)[] _members;
    private readonly string _allowed;

    /// <summary>Initializes the table.</summary>
    /// <param name="members">Each member's JSON name, C# name and value.</param>
    public EnumNames(params (string JsonName, string ClrName, TEnum Value)[] members)
    {
        _members = new (string, string, byte[], TEnum)[members.Length];
        var allowed = new StringBuilder("one of ");
        for (int i = 0; i < members.Length; i++)
        {
            _members[i] = (members[i].JsonName, members[i].ClrName, Encoding.UTF8.GetBytes(members[i].JsonName), members[i].Value);
            allowed.Append(i == 0 ? "\"" : ", \"").Append(members[i].JsonName).Append('"');
        }

        _allowed = allowed.ToString();
    }

    /// <summary>Gets the message fragment listing the allowed values.</summary>
    public string Allowed => _allowed;

    /// <summary>Gets the JSON name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a declared member.</exception>
    public string GetName(TEnum value)
    {
        foreach (var member in _members)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member.Value, value))
            {
                return member.JsonName;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no member with this value; only declared members can be written.");
    }

    /// <summary>Writes a value as its JSON name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public void Write(Utf8JsonWriter writer, TEnum value) => writer.WriteStringValue(GetName(value));

    /// <summary>Reads a value from a JSON string.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was read.</returns>
    public bool Read(ref Utf8JsonReader reader, ref ToolReadContext context, out TEnum value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            JsonValueReaders.WrongType(ref reader, ref context, "string, " + _allowed);
            return false;
        }

        foreach (var member in _members)
        {
            if (reader.ValueTextEquals(member.Utf8))
            {
                value = member.Value;
                return true;
            }
        }

        string? text = reader.GetString();
        if (TryMatch(text, out value, out bool exact))
        {
            if (!exact)
            {
                context.Note(Lenient.LenientRepair.NameCase);
            }

            return true;
        }

        context.AddError(ToolReadErrorKind.UnknownEnumValue, _allowed, "string " + JsonValueReaders.Quote(text), reader.TokenStartIndex);
        return false;
    }

    /// <summary>Binds a value from an argument value.</summary>
    /// <param name="argument">The argument value.</param>
    /// <param name="context">The context.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether a value was bound.</returns>
    public bool Bind(ArgumentValue argument, ref ToolReadContext context, out TEnum value)
    {
        if (argument.RawValue is TEnum typed)
        {
            foreach (var member in _members)
            {
                if (EqualityComparer<TEnum>.Default.Equals(member.Value, typed))
                {
                    value = typed;
                    return true;
                }
            }

            value = default;
            context.AddError(ToolReadErrorKind.UnknownEnumValue, _allowed, typed.ToString());
            return false;
        }

        if (argument.TryGetElement(out JsonElement element) && element.ValueKind == JsonValueKind.String)
        {
            // The common case (a provider's JsonElement): match the UTF-8 bytes without creating a string.
            foreach (var member in _members)
            {
                if (element.ValueEquals(member.Utf8))
                {
                    value = member.Value;
                    return true;
                }
            }
        }

        if (!argument.TryGetString(out string? text))
        {
            value = default;
            ArgumentValueReaders.WrongType(argument, ref context, "string, " + _allowed);
            return false;
        }

        if (TryMatch(text, out value, out bool exact))
        {
            if (!exact)
            {
                context.Note(Lenient.LenientRepair.NameCase);
            }

            return true;
        }

        context.AddError(ToolReadErrorKind.UnknownEnumValue, _allowed, argument.Describe());
        return false;
    }

    private bool TryMatch(string? text, out TEnum value, out bool exact)
    {
        exact = true;
        foreach (var member in _members)
        {
            if (string.Equals(member.JsonName, text, StringComparison.Ordinal))
            {
                value = member.Value;
                return true;
            }
        }

        exact = false;
        foreach (var member in _members)
        {
            if (string.Equals(member.JsonName, text, StringComparison.OrdinalIgnoreCase) || string.Equals(member.ClrName, text, StringComparison.OrdinalIgnoreCase))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
