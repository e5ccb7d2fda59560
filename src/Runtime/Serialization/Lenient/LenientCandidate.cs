namespace AgentGen.Serialization.Lenient;

/// <summary>One top-level object found in a model's text, rewritten as strict JSON.</summary>
/// <param name="Json">The object as strict JSON (compact).</param>
/// <param name="Start">The offset, in characters of the original text, where the object starts.</param>
/// <param name="Length">The object's length in characters of the original text.</param>
/// <param name="Intent">The top-level discriminator's string value, when there is one.</param>
/// <param name="Repairs">The repairs applied inside this object.</param>
public sealed record LenientCandidate(string Json, int Start, int Length, string? Intent, LenientRepair Repairs);

/// <summary>An object that started in a model's text but could not be read, even leniently.</summary>
/// <param name="Kind">
/// <see cref="ToolReadErrorKind.Truncated"/> when the text ended inside the object, <see cref="ToolReadErrorKind.TooDeep"/>
/// when it nests deeper than <see cref="LenientJson.MaxDepth"/>, otherwise <see cref="ToolReadErrorKind.MalformedJson"/>.
/// </param>
/// <param name="Start">The offset, in characters of the original text, where the object starts.</param>
/// <param name="Offset">The offset, in characters of the original text, where reading stopped.</param>
/// <param name="Expected">What was expected there, for example <c>',' or '}'</c>.</param>
/// <param name="Found">What was found there, for example <c>end of input</c>.</param>
public sealed record LenientFailure(ToolReadErrorKind Kind, int Start, int Offset, string Expected, string Found)
{
    /// <summary>Gets the failure as a reading error, with its offset in the original text.</summary>
    /// <returns>The error.</returns>
    public ToolReadError ToError() => new(Kind, "$", Expected, Found, Offset);
}
