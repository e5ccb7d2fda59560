using System;

namespace AgentGen.Serialization.Lenient;

/// <summary>The repairs <see cref="LenientJson"/> applied to turn a model's text into strict JSON; log them to see what models really write.</summary>
[Flags]
public enum LenientRepair
{
    /// <summary>Nothing was repaired: the text was one strict JSON object.</summary>
    None = 0,

    /// <summary>The object was inside a markdown code fence.</summary>
    CodeFence = 1 << 0,

    /// <summary>Prose came before or after the object.</summary>
    SurroundingText = 1 << 1,

    /// <summary>The object was inside an XML-like tag, for example <c>&lt;answer&gt;</c>.</summary>
    XmlTag = 1 << 2,

    /// <summary>The text held more than one top-level object.</summary>
    MultipleObjects = 1 << 3,

    /// <summary>A comma before <c>}</c> or <c>]</c> was dropped.</summary>
    TrailingComma = 1 << 4,

    /// <summary>A single-quoted string was rewritten with double quotes.</summary>
    SingleQuotes = 1 << 5,

    /// <summary>An unquoted property name was quoted.</summary>
    UnquotedKeys = 1 << 6,

    /// <summary>A <c>//</c>, <c>/* */</c> or <c>#</c> comment was dropped.</summary>
    Comments = 1 << 7,

    /// <summary>Python's <c>True</c>, <c>False</c> or <c>None</c> was rewritten as <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    PythonLiterals = 1 << 8,

    /// <summary>A raw control character (such as a line break) inside a string, or an invalid escape, was escaped.</summary>
    StringEscapes = 1 << 9,

    /// <summary>A function-call shape <c>{"name": ..., "arguments": {...}}</c> was rewritten as <c>{"intent": name, ...arguments}</c>.</summary>
    FunctionCallShape = 1 << 10,

    /// <summary>The intent was normalized (case, spaces, hyphens) to match a known name.</summary>
    IntentNormalized = 1 << 11,

    /// <summary>A number or boolean written as a string (<c>"12.50"</c>, <c>"false"</c>) was read as its value.</summary>
    ValueInString = 1 << 12,

    /// <summary>
    /// A property or enum name written in another case or with other separators (<c>OrderId</c>, <c>DAMAGED</c>) was matched
    /// to the declared name.
    /// </summary>
    NameCase = 1 << 13,

    /// <summary>A single value where an array is declared was read as a one-element array, or a one-element array where a single value is declared as that value.</summary>
    SingleValueList = 1 << 14,
}
