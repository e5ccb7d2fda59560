using AgentGen.Generators.Helpers;

namespace AgentGen.Generators.Model;

/// <summary>A <c>[NextStep]</c> type as declared, before its members are known.</summary>
/// <param name="Declaration">Where it is declared.</param>
/// <param name="Description">Its description, for the JSON protocol's schema.</param>
internal sealed record UnionDeclarationModel(TypeDeclarationModel Declaration, string? Description);

/// <summary>A closed union of next steps: its declaration and the tools that implement it, sorted by tool name.</summary>
/// <remarks>Like every model, it holds no symbols, syntax or compilation; see <see cref="ToolModel"/>.</remarks>
internal sealed record UnionModel(UnionDeclarationModel Union, EquatableArray<ToolModel> Members)
{
    /// <summary>The JSON protocol's discriminator: the property that names the chosen tool.</summary>
    public const string Discriminator = "intent";
}
