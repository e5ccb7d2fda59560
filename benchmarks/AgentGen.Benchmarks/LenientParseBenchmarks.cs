using System;
using System.Text;
using AgentGen.Agents;
using AgentGen.Benchmarks.Steps;
using AgentGen.Serialization.Lenient;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks;

/// <summary>
/// Reading a JSON-protocol answer into the <see cref="IDeployStep"/> union: the lenient path an agent takes on what
/// models write (a fenced object wrapped in prose) against the union's generated strict reader on the same object
/// written cleanly (the baseline).
/// </summary>
/// <remarks>
/// The lenient path is the one a <c>Protocol = StepProtocol.Json</c> agent runs on every answer:
/// <see cref="AgentSteps.ReadJsonAnswer"/>. An answer that is one clean object, alone or in its one code fence (both
/// answers here), goes straight to the same generated reader; anything else takes <see cref="LenientJson"/>'s pre-pass
/// (fences, prose, repairs), which the last benchmark measures alone.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
public class LenientParseBenchmarks
{
    /// <summary>The clean object.</summary>
    public const string CleanJson = """{"intent":"deploy_frontend","tag":"v1.4.2","environment":"production"}""";

    /// <summary>The same object as models often answer: prose, a markdown fence, more prose.</summary>
    public const string FencedAnswer = """
        Sure! The newest tag is v1.4.2 and staging has been green since this morning, so I will deploy it to production now.

        ```json
        {
          "intent": "deploy_frontend",
          "tag": "v1.4.2",
          "environment": "production"
        }
        ```

        Let me know if you would rather go through staging first.
        """;

    private static readonly DeployFrontend Expected = new("v1.4.2", DeployEnvironment.Production);

    private byte[] _clean = [];
    private ChatResponse _fenced = null!;
    private ChatResponse _cleanResponse = null!;

    /// <summary>Prepares the inputs and checks that every path reads the same step.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _clean = Encoding.UTF8.GetBytes(CleanJson);
        _fenced = new ChatResponse(new ChatMessage(ChatRole.Assistant, FencedAnswer));
        _cleanResponse = new ChatResponse(new ChatMessage(ChatRole.Assistant, CleanJson));

        Check(nameof(Strict_ReadJson_Clean), Strict_ReadJson_Clean());
        Check(nameof(Strict_ReadJson_CleanString), Strict_ReadJson_CleanString());
        Check(nameof(Lenient_ReadJsonAnswer_Fenced), Lenient_ReadJsonAnswer_Fenced());
        Check(nameof(Lenient_ReadJsonAnswer_Clean), Lenient_ReadJsonAnswer_Clean());
        LenientJsonResult prepass = Lenient_PrePass_Fenced();
        if (prepass.Candidates.Length != 1 || (prepass.Repairs & LenientRepair.CodeFence) == 0)
        {
            throw new InvalidOperationException($"The pre-pass found {prepass.Candidates.Length} objects with repairs {prepass.Repairs}; expected one, out of a code fence.");
        }
    }

    /// <summary>The baseline: the union's generated reader on the clean UTF-8 object.</summary>
    /// <returns>The step.</returns>
    [Benchmark(Baseline = true, Description = "strict: union ReadJson, clean UTF-8")]
    public IDeployStep? Strict_ReadJson_Clean() => IDeployStep.ReadJson(_clean).Value;

    /// <summary>The strict reader on the clean object as a model's text arrives: a string, transcoded to UTF-8 first.</summary>
    /// <returns>The step.</returns>
    [Benchmark(Description = "strict: union ReadJson, clean string")]
    public IDeployStep? Strict_ReadJson_CleanString() => IDeployStep.ReadJson(Encoding.UTF8.GetBytes(CleanJson)).Value;

    /// <summary>The lenient path on the fenced, prose-wrapped answer: pre-pass, then the same reader.</summary>
    /// <returns>The step.</returns>
    [Benchmark(Description = "lenient: ReadJsonAnswer, fenced + prose")]
    public IDeployStep? Lenient_ReadJsonAnswer_Fenced() => AgentSteps.ReadJsonAnswer<IDeployStep>(_fenced, IDeployStep.ReadJson).Result.Value;

    /// <summary>The lenient path on the clean object: what a well-behaved model's answer costs.</summary>
    /// <returns>The step.</returns>
    [Benchmark(Description = "lenient: ReadJsonAnswer, clean")]
    public IDeployStep? Lenient_ReadJsonAnswer_Clean() => AgentSteps.ReadJsonAnswer<IDeployStep>(_cleanResponse, IDeployStep.ReadJson).Result.Value;

    /// <summary>Only the pre-pass on the fenced answer: finding and repairing the object, not reading it.</summary>
    /// <returns>The pre-pass result.</returns>
    [Benchmark(Description = "part: LenientJson.Parse, fenced + prose")]
    public LenientJsonResult Lenient_PrePass_Fenced() => LenientJson.Parse(FencedAnswer);

    private static void Check(string benchmark, IDeployStep? actual)
    {
        if (!Equals(actual, Expected))
        {
            throw new InvalidOperationException($"{benchmark} read {actual?.ToString() ?? "null"}, expected {Expected}: the comparison would be unfair.");
        }
    }
}
