using System;
using System.Threading;

namespace AgentGen.Stores.Tests;

/// <summary>A clock that moves one second forward every time it is read, so every save has its own, known time.</summary>
public sealed class SteppingClock : TimeProvider
{
    /// <summary>The first time the clock returns.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private long reads;

    /// <summary>Gets the time the clock returned last (the time of the last create or save).</summary>
    public DateTimeOffset LastReturned => Start.AddSeconds(Interlocked.Read(ref reads) - 1);

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => Start.AddSeconds(Interlocked.Increment(ref reads) - 1);
}
