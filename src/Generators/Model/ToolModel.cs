using AgentGen.Generators.Helpers;

namespace AgentGen.Generators.Model;

/// <summary>Everything the emitter needs to write one tool's file.</summary>
/// <param name="VisibleInAssembly">Whether code elsewhere in the assembly can name the type (no private or protected type on its path), so the tool registry can list it.</param>
/// <remarks>
/// Models hold only strings, numbers, enums, bools and <see cref="EquatableArray{T}"/>s: no symbols, syntax nodes,
/// compilations, semantic models, attribute data or locations, so the incremental pipeline can cache them by value.
/// </remarks>
internal sealed record ToolModel(
    TypeDeclarationModel Declaration,
    string ToolName,
    string? Description,
    ObjectShape Root,
    EquatableArray<ObjectShape> NestedObjects,
    EquatableArray<EnumShape> Enums,
    ToolKind Kind,
    EquatableArray<string> Unions,
    bool VisibleInAssembly = true);

/// <summary>How the runtime treats a tool once the model chooses it.</summary>
internal enum ToolKind
{
    Handled = 0,
    RequiresApproval = 1,
    HumanInput = 2,
    Terminal = 3,
}

/// <summary>Where and how a partial type is declared, to reopen it in generated code.</summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of the containing types, outermost first, e.g. <c>partial class Outer</c>.</param>
/// <param name="Keyword">The declaration keyword: <c>record</c> or <c>class</c>.</param>
/// <param name="Name">The type's name.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified name.</param>
internal sealed record TypeDeclarationModel(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName)
{
    /// <summary>Gets a stable hint name, such as <c>Demo.Outer.ListGitTags.g.cs</c>.</summary>
    public string HintName
    {
        get
        {
            var prefix = Namespace.Length == 0 ? string.Empty : Namespace + ".";
            foreach (string containing in ContainingTypes)
            {
                prefix += containing.Substring(containing.LastIndexOf(' ') + 1) + ".";
            }

            return prefix + Name + ".g.cs";
        }
    }
}
