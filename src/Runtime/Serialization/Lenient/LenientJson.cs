using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace AgentGen.Serialization.Lenient;

/// <summary>
/// Turns what models really write into strict JSON: objects inside markdown code fences, prose or XML-like tags;
/// several objects in one answer (all are returned); trailing commas; single-quoted strings; unquoted property names;
/// comments; Python's <c>True</c>, <c>False</c> and <c>None</c>; and the function-call shape
/// <c>{"name": ..., "arguments": {...}}</c>. Truncated output is reported with the offset where the text ended.
/// </summary>
/// <remarks>
/// Reflection-free, linear in the length of the text, and never throws on any input: whatever cannot be repaired is
/// reported as a <see cref="LenientFailure"/>. Nesting deeper than <see cref="MaxDepth"/> is rejected without recursion.
/// Property-name case is left as written; the readers decide how to match names.
/// </remarks>
public static partial class LenientJson
{
    /// <summary>The deepest nesting accepted; deeper objects are reported as <see cref="ToolReadErrorKind.TooDeep"/>.</summary>
    public const int MaxDepth = 256;

    /// <summary>The most failures reported for one text; the scan goes on for candidates after that.</summary>
    public const int MaxFailures = 16;

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = MaxDepth + 1 };

    /// <summary>Finds every top-level object in a model's text and rewrites each as strict JSON.</summary>
    /// <param name="text">The model's text.</param>
    /// <param name="discriminator">
    /// The property naming the chosen tool (<c>intent</c> for next-step unions), used to read each candidate's intent and to
    /// rewrite the function-call shape; <see langword="null"/> to do neither.
    /// </param>
    /// <returns>The candidates, the first <see cref="MaxFailures"/> objects that could not be read, and the repairs applied.</returns>
    public static LenientJsonResult Parse(string? text, string? discriminator = "intent")
    {
        text ??= string.Empty;
        var scanner = new LenientScanner(text);
        var candidates = ImmutableArray.CreateBuilder<LenientCandidate>();
        var failures = ImmutableArray.CreateBuilder<LenientFailure>();
        LenientRepair repairs = LenientRepair.None;
        int position = 0;
        int outsideFrom = 0;
        while (position < text.Length)
        {
            int start = text.IndexOf('{', position);
            if (start < 0)
            {
                break;
            }

            if (scanner.TryRead(start, out int end, out LenientFailure? failure))
            {
                repairs |= Surroundings(text, outsideFrom, start);
                outsideFrom = end;
                LenientCandidate candidate = Describe(scanner.Json, start, end - start, scanner.Repairs, discriminator);
                repairs |= candidate.Repairs;
                candidates.Add(candidate);
            }
            else if (failures.Count < MaxFailures)
            {
                failures.Add(failure!);
            }

            position = Math.Max(end, start + 1);
        }

        if (candidates.Count > 0)
        {
            repairs |= Surroundings(text, outsideFrom, text.Length);
        }

        if (candidates.Count > 1)
        {
            repairs |= LenientRepair.MultipleObjects;
        }

        return new LenientJsonResult(candidates.ToImmutable(), failures.ToImmutable(), repairs);
    }

    /// <summary>
    /// Normalizes a tool name as models misspell it: lower case, with spaces, hyphens, dots and case changes
    /// (<c>PlanLookup</c>, <c>plan-lookup</c>, <c>Plan Lookup</c>) turned into single underscores.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The snake_case name.</returns>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        string trimmed = name.Trim();
        for (int i = 0; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c is ' ' or '-' or '.' or '_')
            {
                if (builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            if (char.IsUpper(c) && i > 0 && (char.IsLower(trimmed[i - 1]) || char.IsDigit(trimmed[i - 1])) && builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().TrimEnd('_');
    }

    /// <summary>Rewrites a strict JSON object's top-level discriminator value.</summary>
    /// <param name="json">The object (strict JSON, as in <see cref="LenientCandidate.Json"/>).</param>
    /// <param name="discriminator">The discriminator property.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The rewritten object, or <see langword="null"/> when the input is not an object with that property.</returns>
    public static string? WithDiscriminator(string json, string discriminator, string value)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(discriminator);
        try
        {
            using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetBytes(json), s_documentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(discriminator, out _))
            {
                return null;
            }

            return Write(writer =>
            {
                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    if (property.NameEquals(discriminator))
                    {
                        writer.WriteString(discriminator, value);
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }
            });
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null; // A name that does not unescape.
        }
    }

    private static LenientCandidate Describe(string json, int start, int length, LenientRepair repairs, string? discriminator)
    {
        if (discriminator is null)
        {
            return new LenientCandidate(json, start, length, null, repairs);
        }

        // As the reader will get it: a lone surrogate the model wrote becomes U+FFFD instead of failing the transcoding.
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        try
        {
            if (!MayBeFunctionCall(utf8, discriminator, out bool named, out string? intent) || named)
            {
                return new LenientCandidate(json, start, length, intent, repairs);
            }

            using JsonDocument document = JsonDocument.Parse(utf8, s_documentOptions);
            if (FunctionCall(document.RootElement) is ({ } name, { } arguments))
            {
                string rewritten = Write(writer =>
                {
                    writer.WriteString(discriminator, name);
                    foreach (JsonProperty property in arguments.EnumerateObject())
                    {
                        if (!property.NameEquals(discriminator))
                        {
                            property.WriteTo(writer);
                        }
                    }
                });
                return new LenientCandidate(rewritten, start, length, name, repairs | LenientRepair.FunctionCallShape);
            }
        }
        catch (JsonException)
        {
            // Not strict JSON even after the repairs (for example a number such as +3): the reader reports it precisely.
        }
        catch (InvalidOperationException)
        {
            // A name or intent written as an escaped lone surrogate (\ud800): no intent; the reader reports the rest.
        }

        return new LenientCandidate(json, start, length, null, repairs);
    }

    /// <summary>
    /// Reads the top level of one strict JSON object (the whole object, so that malformed JSON throws): the discriminator's
    /// value, the last one when it is written twice, or else whether the object may be the function-call shape.
    /// </summary>
    /// <returns>Whether the discriminator is missing and a <c>name</c> or <c>function</c> property is there.</returns>
    private static bool MayBeFunctionCall(ReadOnlySpan<byte> utf8Json, string discriminator, out bool named, out string? intent)
    {
        named = false;
        intent = null;
        bool functionCall = false;
        byte[] utf8Discriminator = Encoding.UTF8.GetBytes(discriminator);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (JsonPropertyNames.Is(ref reader, utf8Discriminator))
            {
                reader.Read();
                named = true;
                intent = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                functionCall |= JsonPropertyNames.Is(ref reader, "name"u8) || JsonPropertyNames.Is(ref reader, "function"u8);
                reader.Read();
            }

            reader.Skip();
        }

        reader.Read(); // Throws when anything follows the object.
        return !named && functionCall;
    }

    private static (string? Name, JsonElement? Arguments) FunctionCall(JsonElement root)
    {
        if (root.TryGetProperty("function", out JsonElement function) && function.ValueKind == JsonValueKind.Object)
        {
            root = function;
        }

        if (!root.TryGetProperty("name", out JsonElement name) || name.ValueKind != JsonValueKind.String)
        {
            return (null, null);
        }

        foreach (string key in (ReadOnlySpan<string>)["arguments", "parameters", "args", "input"])
        {
            if (!root.TryGetProperty(key, out JsonElement arguments))
            {
                continue;
            }

            if (arguments.ValueKind == JsonValueKind.Object)
            {
                return (name.GetString(), arguments);
            }

            if (arguments.ValueKind == JsonValueKind.String)
            {
                // OpenAI-style arguments: a JSON object encoded as a string.
                using JsonDocument inner = JsonDocument.Parse(arguments.GetString()!, s_documentOptions);
                return inner.RootElement.ValueKind == JsonValueKind.Object ? (name.GetString(), inner.RootElement.Clone()) : (null, null);
            }
        }

        return (null, null);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Classifies the text between objects: code fences, XML-like tags, or prose.</summary>
    private static LenientRepair Surroundings(string text, int from, int to)
    {
        LenientRepair found = LenientRepair.None;
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '`' && i + 2 < to && text[i + 1] == '`' && text[i + 2] == '`')
            {
                found |= LenientRepair.CodeFence;
                i += 3;
                while (i < to && char.IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
            else if (c == '<' && text.IndexOf('>', i, Math.Min(64, to - i)) is > 0 and var close && !text.AsSpan(i + 1, close - i - 1).ContainsAny(" \n"))
            {
                found |= LenientRepair.XmlTag;
                i = close + 1;
            }
            else
            {
                found |= LenientRepair.SurroundingText;
                i++;
            }
        }

        return found;
    }
}
