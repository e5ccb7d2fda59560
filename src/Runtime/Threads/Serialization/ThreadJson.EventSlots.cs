using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AgentGen;

// What the event reader keeps on the stack per event and per field, and its string reading.
public static partial class ThreadJson
{
    /// <summary>Reads a string, or the exception that says it is not valid UTF-16 once unescaped, thrown only if it is used.</summary>
    private static bool TryGetString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value, out InvalidOperationException? invalid)
    {
        try
        {
            value = reader.GetString()!;
            invalid = null;
            return true;
        }
        catch (InvalidOperationException exception)
        {
            value = null;
            invalid = exception;
            return false;
        }
    }

    /// <summary>The slots of one event, one per <see cref="Field"/>, kept on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(FieldCount)]
    private struct Slots
    {
        private Slot _first;
    }

    /// <summary>How many recent texts the event reader keeps per field: a round of tool calls names about four tools.</summary>
    private const int RecentCount = 4;

    /// <summary>The most recent texts of each <see cref="Field"/>, most recent first, kept on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(RecentCount * FieldCount)]
    private struct RecentTexts
    {
        private RecentText _first;
    }

    /// <summary>A string read before, with where its bytes are in the input (between its quotes), to recognize them again.</summary>
    private readonly record struct RecentText(string? Text, int Start, int Length);

    /// <summary>
    /// One property's value: its token, its integer, and where it is in the input. Its string is the first of the field's
    /// recent texts, kept with where it was read from, to be used again by a later value written the same way.
    /// </summary>
    private struct Slot
    {
        public JsonTokenType Type;
        public bool HasText;
        public bool IsInt32;
        public int Int32;
        public int Start;
        public int Length;
    }
}
