using AgentGen.Generators.Helpers;

namespace AgentGen.Generators.Model;

/// <summary>A JSON object: a tool record or a plain record/class nested in one.</summary>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified type name.</param>
/// <param name="Id">An identifier unique within the tool's file, used to name its reader, binder and writer.</param>
/// <param name="Description">The description for the schema.</param>
/// <param name="Properties">The properties, in declaration order.</param>
/// <param name="IsRecord">Whether the type is a record (so optional init properties can be set with <c>with</c>).</param>
internal sealed record ObjectShape(
    string FullyQualifiedName,
    string Id,
    string? Description,
    EquatableArray<PropertyShape> Properties,
    bool IsRecord);

/// <summary>One property of a JSON object.</summary>
/// <param name="ClrName">The C# property name.</param>
/// <param name="JsonName">The JSON property name.</param>
/// <param name="Description">The description for the schema.</param>
/// <param name="Type">The property's type.</param>
/// <param name="IsRequired">Whether the JSON must contain it.</param>
/// <param name="Default">The C# and JSON text of its default, when it has one.</param>
/// <param name="Assignment">How a read value reaches the object.</param>
/// <param name="ConstructorIndex">The constructor parameter position, for <see cref="AssignmentKind.Constructor"/>.</param>
/// <param name="Constraints">DataAnnotations constraints, or <see langword="null"/>.</param>
/// <param name="IsSensitive">Whether <c>[Sensitive]</c> keeps it out of the context (it is still read and written).</param>
internal sealed record PropertyShape(
    string ClrName,
    string JsonName,
    string? Description,
    TypeShape Type,
    bool IsRequired,
    DefaultValue? Default,
    AssignmentKind Assignment,
    int ConstructorIndex,
    ConstraintShape? Constraints,
    bool IsSensitive = false);

/// <summary>How a read value reaches the object.</summary>
internal enum AssignmentKind
{
    /// <summary>A constructor argument.</summary>
    Constructor = 0,

    /// <summary>An object initializer entry (init or set accessor).</summary>
    Initializer = 1,

    /// <summary>A <c>with</c> expression after construction, for an optional init property whose initializer is not a constant.</summary>
    With = 2,

    /// <summary>A setter call after construction, for an optional settable property whose initializer is not a constant.</summary>
    Setter = 3,
}

/// <summary>A property's default value.</summary>
/// <param name="CSharp">A C# expression of the property's type, e.g. <c>10</c> or <c>global::Demo.Env.Staging</c>.</param>
/// <param name="Json">The JSON text for the schema's <c>default</c>, or <see langword="null"/> when it cannot be written.</param>
internal sealed record DefaultValue(string CSharp, string? Json);

/// <summary>DataAnnotations constraints Microsoft.Extensions.AI honours.</summary>
internal sealed record ConstraintShape(
    string? Minimum,
    string? Maximum,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    EquatableArray<AllowedValue> AllowedValues);

/// <summary>One value of <c>[AllowedValues]</c>, as JSON and as C#.</summary>
internal sealed record AllowedValue(string Json, string CSharp);

/// <summary>A JSON enum: a C# enum written as strings.</summary>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified enum name.</param>
/// <param name="Id">An identifier unique within the tool's file.</param>
/// <param name="Members">The members.</param>
internal sealed record EnumShape(string FullyQualifiedName, string Id, EquatableArray<EnumMemberShape> Members);

/// <summary>One enum member.</summary>
internal sealed record EnumMemberShape(string ClrName, string JsonName);
