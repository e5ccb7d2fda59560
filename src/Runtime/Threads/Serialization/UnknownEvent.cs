namespace AgentGen;

/// <summary>
/// A stored event this version of the application cannot read: a newer event kind, a tool it does not declare, or a
/// tool call whose arguments no longer match the tool. It is kept verbatim and written back unchanged, and the thread's
/// status is <see cref="ThreadStatus.HasUnknownEvents"/> until an application that understands it loads the thread.
/// </summary>
/// <param name="Kind">The stored event kind, for example <c>tool_call</c>.</param>
/// <param name="RawJson">The stored event, as the JSON object it was saved as.</param>
public sealed record UnknownEvent(string Kind, string RawJson) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind { get; } = Kind;
}
