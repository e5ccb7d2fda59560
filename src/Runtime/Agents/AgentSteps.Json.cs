using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text;
using AgentGen.Serialization.Lenient;
using Microsoft.Extensions.AI;

namespace AgentGen.Agents;

// The JSON protocol: a model's text read leniently as one object of the union, with the repairs it needed.
public static partial class AgentSteps
{
    /// <summary>
    /// Reads the text of a response as one JSON object of the union, leniently (see <see cref="LenientJson"/>): code fences,
    /// prose, tags, trailing commas, single quotes, unquoted keys, comments, Python literals, the function-call shape, and an
    /// intent written in another case or with spaces or hyphens. When the text holds several objects, the one that reads wins;
    /// two different ones that read are ambiguous and fail, naming their intents. Property names are matched as the reader does.
    /// </summary>
    /// <typeparam name="TUnion">The union type.</typeparam>
    /// <param name="response">The model's response.</param>
    /// <param name="read">The union's generated JSON reader.</param>
    /// <returns>The step or errors.</returns>
    public static StepAnswer<TUnion> ReadJsonAnswer<TUnion>(ChatResponse response, JsonUnionReader<TUnion> read)
        where TUnion : class
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(read);
        string text = response.Text ?? string.Empty;
        if (TryReadSoleObject(text, read, out LenientRepair around) is { } clean)
        {
            return new StepAnswer<TUnion>(ToolReadResult<TUnion>.Success(clean), null, RecordRepairs(around));
        }

        LenientJsonResult parsed = LenientJson.Parse(text, IntentProperty);
        if (parsed.Candidates.IsEmpty && parsed.Failures.IsEmpty)
        {
            // No object at all. JSON of another kind (an array, a string) is described by the reader; anything else is text.
            ToolReadResult<TUnion> strict = read(Encoding.UTF8.GetBytes(text.Trim()), null);
            return new StepAnswer<TUnion>(strict.IsSuccess || strict.Errors.Any(e => e.Kind == ToolReadErrorKind.WrongType) ? strict : NoObject<TUnion>(text), null);
        }

        var successes = new List<(LenientCandidate Candidate, TUnion Value, LenientRepair Repairs)>();
        (int Rank, ToolReadResult<TUnion> Result, string? Intent) best = (-1, default, null);
        foreach (LenientCandidate candidate in parsed.Candidates)
        {
            ToolReadResult<TUnion> result = ReadCandidate(candidate, read, out LenientRepair readRepairs);
            if (result.IsSuccess)
            {
                if (!successes.Exists(s => EqualityComparer<TUnion>.Default.Equals(s.Value, result.Value)))
                {
                    successes.Add((candidate, result.Value!, readRepairs));
                }
            }
            else if (Informativeness(result.Errors) > best.Rank)
            {
                best = (Informativeness(result.Errors), result, candidate.Intent);
            }
        }

        if (successes.Count == 1)
        {
            LenientRepair repairs = parsed.Repairs | successes[0].Repairs;
            return new StepAnswer<TUnion>(ToolReadResult<TUnion>.Success(successes[0].Value), null, RecordRepairs(repairs));
        }

        if (successes.Count > 1)
        {
            string intents = string.Join(", ", successes.Select(s => s.Candidate.Intent ?? "(none)"));
            var ambiguous = new ToolReadError(ToolReadErrorKind.WrongType, "$", "exactly one JSON object", $"{successes.Count} different objects that each read (intents: {intents})");
            return new StepAnswer<TUnion>(ToolReadResult<TUnion>.Failure([ambiguous]), null, RecordRepairs(parsed.Repairs));
        }

        foreach (LenientFailure failure in parsed.Failures)
        {
            ToolReadResult<TUnion> result = ToolReadResult<TUnion>.Failure([failure.ToError()]);
            if (Informativeness(result.Errors) > best.Rank)
            {
                best = (Informativeness(result.Errors), result, null);
            }
        }

        return new StepAnswer<TUnion>(best.Result, best.Intent, RecordRepairs(parsed.Repairs));
    }

    /// <summary>The error for an answer with no JSON object in it: says so, with the start of what the model wrote instead.</summary>
    private static ToolReadResult<TUnion> NoObject<TUnion>(string text)
        where TUnion : class
    {
        string start = text.Trim().ReplaceLineEndings(" ");
        string found = start.Length == 0
            ? "an empty answer"
            : $"no JSON object in {text.Length} characters of text: \"{(start.Length <= 60 ? start : string.Concat(start.AsSpan(0, 60), "..."))}\"";
        return ToolReadResult<TUnion>.Failure([new ToolReadError(ToolReadErrorKind.MalformedJson, "$", "one JSON object", found)]);
    }

    /// <summary>
    /// Tags the model call's span (when one is recorded) with the repairs its answer needed, so they can be logged
    /// and counted: what models really write.
    /// </summary>
    private static LenientRepair RecordRepairs(LenientRepair repairs)
    {
        if (repairs != LenientRepair.None && System.Diagnostics.Activity.Current is { } activity && activity.Source.Name == AgentTelemetry.SourceName)
        {
            activity.SetTag(RepairsTag, repairs.ToString());
        }

        return repairs;
    }

    private const string IntentProperty = "intent";

    private const string FastPathFence = "```";

    /// <summary>The tag of the <c>chat</c> span that lists the repairs a JSON answer needed, for example <c>CodeFence, SurroundingText</c>.</summary>
    public const string RepairsTag = "agentgen.lenient.repairs";

    private static ReadOnlySpan<byte> IntentPropertyUtf8 => "intent"u8;

    /// <summary>
    /// The fast path of <see cref="ReadJsonAnswer"/>: an answer that is one clean object, alone or in its one code fence,
    /// goes to the reader as it is. Anything else, including an object the reader rejects, takes the pre-pass, so every
    /// repair and every error is the pre-pass's.
    /// </summary>
    /// <returns>The step, or <see langword="null"/> to take the pre-pass.</returns>
    private static TUnion? TryReadSoleObject<TUnion>(string text, JsonUnionReader<TUnion> read, out LenientRepair around)
        where TUnion : class
    {
        around = LenientRepair.None;
        if (!LenientJson.TryGetSoleObject(text, out Range range))
        {
            return null;
        }

        if (!text.AsSpan(..range.Start).IsWhiteSpace() || !text.AsSpan(range.End..).IsWhiteSpace())
        {
            // The object is the body of the answer's one code fence, as the pre-pass would have found it.
            int open = text.IndexOf(FastPathFence, StringComparison.Ordinal);
            int close = text.IndexOf(FastPathFence, range.End.GetOffset(text.Length), StringComparison.Ordinal);
            bool prose = !text.AsSpan(0, open).IsWhiteSpace() || !text.AsSpan(close + FastPathFence.Length).IsWhiteSpace();
            around = LenientRepair.CodeFence | (prose ? LenientRepair.SurroundingText : LenientRepair.None);
        }

        ReadOnlySpan<char> json = text.AsSpan(range);
        if (MayHaveTrailingComma(json))
        {
            return null; // The reader accepts it; the pre-pass records the repair.
        }

        int length = Encoding.UTF8.GetByteCount(json);
        byte[]? rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> buffer = rented ?? stackalloc byte[length];
        try
        {
            ReadOnlySpan<byte> utf8 = buffer[..Encoding.UTF8.GetBytes(json, buffer)];
            // Unknown properties disallowed: one may be a declared name misspelled, which the pre-pass repairs.
            ToolReadResult<TUnion> result = read(utf8, s_candidateOptions);
            if (!result.IsSuccess || !LenientJson.IsReadAsWritten(utf8, IntentPropertyUtf8, mayHaveComments: json.Contains('/')))
            {
                return null;
            }

            around |= result.Repairs;
            return result.Value;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            }
        }
    }

    /// <summary>Whether a comma is followed by <c>}</c> or <c>]</c> (perhaps inside a string: then the pre-pass only costs a little more).</summary>
    private static bool MayHaveTrailingComma(ReadOnlySpan<char> json)
    {
        for (int comma = json.IndexOf(','); comma >= 0; comma = json.IndexOf(','))
        {
            json = json[(comma + 1)..].TrimStart();
            if (json.Length > 0 && json[0] is '}' or ']')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads one candidate. When its intent is unknown, reads it again with the intent normalized; when the reader points
    /// at properties written under another spelling of a declared name, or at a single value where an array is declared
    /// (or the reverse), reads it again with those repaired (<see cref="LenientShape"/>). Says which repairs were needed.
    /// </summary>
    private static ToolReadResult<TUnion> ReadCandidate<TUnion>(LenientCandidate candidate, JsonUnionReader<TUnion> read, out LenientRepair repairs)
        where TUnion : class
    {
        repairs = LenientRepair.None;
        string json = candidate.Json;

        // Unknown properties disallowed, so a misspelled optional one is named rather than dropped.
        ToolReadResult<TUnion> result = read(Encoding.UTF8.GetBytes(json), s_candidateOptions);
        if (!result.IsSuccess && candidate.Intent is { } intent && result.Errors.Any(e => e.Kind == ToolReadErrorKind.UnknownTool))
        {
            string name = LenientJson.NormalizeName(intent);
            if (name == intent || LenientJson.WithDiscriminator(json, IntentProperty, name) is not { } normalized)
            {
                return result;
            }

            ToolReadResult<TUnion> retried = read(Encoding.UTF8.GetBytes(normalized), s_candidateOptions);
            if (retried.Errors.Any(e => e.Kind == ToolReadErrorKind.UnknownTool))
            {
                return result;
            }

            (json, result, repairs) = (normalized, retried, LenientRepair.IntentNormalized);
        }

        // A renamed property can show a shape error only on the next read: a few rounds, each one fixing fewer errors.
        for (int round = 0; round < 3 && !result.IsSuccess && LenientShape.TryRepair(json, result.Errors, out string reshaped, out LenientRepair shape); round++)
        {
            ToolReadResult<TUnion> retried = read(Encoding.UTF8.GetBytes(reshaped), s_candidateOptions);
            if (!retried.IsSuccess && retried.Errors.Length > result.Errors.Length)
            {
                break;
            }

            (json, result, repairs) = (reshaped, retried, repairs | shape);
        }

        if (!result.IsSuccess && result.Errors.Any(e => e.Kind == ToolReadErrorKind.UnknownProperty))
        {
            // Properties no declared name matches are ignored, as a strict read ignores them.
            result = read(Encoding.UTF8.GetBytes(json), null);
        }

        repairs |= result.Repairs;
        return result;
    }

    /// <summary>How a candidate is read first: unknown properties reported, the intent skipped.</summary>
    private static readonly ToolReadOptions s_candidateOptions = new() { DisallowUnknownProperties = true, DiscriminatorPropertyName = IntentProperty };

    /// <summary>How much an error helps the model correct itself: field errors of a known tool first, then an unknown tool, then broken JSON.</summary>
    private static int Informativeness(IEnumerable<ToolReadError> errors) => errors.Max(e => e.Kind switch
    {
        ToolReadErrorKind.UnknownTool => 5,
        ToolReadErrorKind.Truncated or ToolReadErrorKind.TooDeep => 4,
        _ when e.Path == "$" || e.Path == "$." + IntentProperty => 3,
        ToolReadErrorKind.MalformedJson => 2,
        _ => 6,
    });
}

/// <summary>A model's answer to a step: the value or errors, the tool it named, when it named one, and the repairs its text needed.</summary>
/// <typeparam name="T">The step's result type.</typeparam>
/// <param name="Result">The value or the errors.</param>
/// <param name="ToolName">The tool the model named, even when its arguments could not be read.</param>
/// <param name="Repairs">
/// What the JSON protocol's lenient reading repaired to read the answer (code fence, prose, trailing commas, a number in a
/// string, a name in another case...); log it to see
/// what a model really writes. <see cref="LenientRepair.None"/> for a clean answer and for the tool-call protocol.
/// The <c>chat</c> span of the call carries the same list in its <see cref="AgentSteps.RepairsTag"/> tag.
/// </param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct StepAnswer<T>(ToolReadResult<T> Result, string? ToolName, LenientRepair Repairs = LenientRepair.None)
    where T : class;

/// <summary>A union's generated JSON reader.</summary>
/// <typeparam name="TUnion">The union type.</typeparam>
/// <param name="utf8Json">The JSON.</param>
/// <param name="options">Reading options.</param>
/// <returns>The step or errors.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ToolReadResult<TUnion> JsonUnionReader<TUnion>(ReadOnlySpan<byte> utf8Json, ToolReadOptions? options)
    where TUnion : class;
