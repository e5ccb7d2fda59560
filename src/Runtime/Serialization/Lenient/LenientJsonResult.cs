using System.Collections.Immutable;

namespace AgentGen.Serialization.Lenient;

/// <summary>What <see cref="LenientJson.Parse"/> found in a model's text.</summary>
/// <param name="Candidates">Every top-level object that could be read, in order of appearance.</param>
/// <param name="Failures">Every object that started but could not be read (truncated, malformed or too deep), in order.</param>
/// <param name="Repairs">Every repair applied, to the objects and around them.</param>
public sealed record LenientJsonResult(ImmutableArray<LenientCandidate> Candidates, ImmutableArray<LenientFailure> Failures, LenientRepair Repairs);
