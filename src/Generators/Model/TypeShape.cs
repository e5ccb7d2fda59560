namespace AgentGen.Generators.Model;

/// <summary>The JSON shape of a .NET type the generator can read and write.</summary>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified type name without nullable annotation.</param>
/// <param name="IsNullable">Whether <c>null</c> is a valid value.</param>
/// <param name="IsValueType">Whether the type is a value type (nullable ones are <c>Nullable&lt;T&gt;</c>).</param>
/// <param name="Element">The element type of a collection or dictionary.</param>
/// <param name="ShapeId">The <see cref="ObjectShape.Id"/> or <see cref="EnumShape.Id"/> of an object or enum.</param>
internal sealed record TypeShape(
    TypeShapeKind Kind,
    string FullyQualifiedName,
    bool IsNullable,
    bool IsValueType,
    TypeShape? Element,
    string? ShapeId)
{
    public TypeShape AsNonNullable() => IsNullable ? this with { IsNullable = false } : this;
}

/// <summary>The kinds of values tools can hold.</summary>
internal enum TypeShapeKind
{
    String,
    Boolean,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    DateTime,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    Enum,
    Object,
    Array,
    List,
    Dictionary,
}
