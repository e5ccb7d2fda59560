using System;

namespace AgentGen;

/// <summary>A thread as a store holds it: the thread and the version to name when saving it again.</summary>
/// <param name="Thread">The thread.</param>
/// <param name="Version">Its version in the store: 1 when created, one more at every save.</param>
public sealed record StoredThread(AgentThread Thread, long Version);

/// <summary>What a store lists of a thread without loading its events.</summary>
/// <param name="Id">The thread's id.</param>
/// <param name="Status">Its status when it was last saved.</param>
/// <param name="Version">Its version in the store.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record ThreadSummary(string Id, ThreadStatus Status, long Version, DateTimeOffset UpdatedAt);
