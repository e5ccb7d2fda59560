using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace AgentGen;

/// <summary>The result of reading a tool value: the value, or the errors that prevented it.</summary>
/// <typeparam name="T">The tool type.</typeparam>
public readonly struct ToolReadResult<T>
    where T : class
{
    private readonly ImmutableArray<ToolReadError> _errors;

    private ToolReadResult(T? value, ImmutableArray<ToolReadError> errors, Serialization.Lenient.LenientRepair repairs = default)
    {
        Value = value;
        _errors = errors;
        Repairs = repairs;
    }

    /// <summary>The lenient readings the value needed (a number in a string, a name in another case), for the JSON protocol's repairs.</summary>
    internal Serialization.Lenient.LenientRepair Repairs { get; }

    /// <summary>Gets the value, or <see langword="null"/> when reading failed.</summary>
    public T? Value { get; }

    /// <summary>Gets the errors; empty when reading succeeded.</summary>
    public ImmutableArray<ToolReadError> Errors => _errors.IsDefault ? ImmutableArray<ToolReadError>.Empty : _errors;

    /// <summary>Gets a value indicating whether reading succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>The result.</returns>
    public static ToolReadResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), default);

    /// <summary>A success that needed lenient readings.</summary>
    internal static ToolReadResult<T> Success(T value, Serialization.Lenient.LenientRepair repairs) =>
        new(value ?? throw new ArgumentNullException(nameof(value)), default, repairs);

    /// <summary>Creates a failed result.</summary>
    /// <param name="errors">At least one error.</param>
    /// <returns>The result.</returns>
    public static ToolReadResult<T> Failure(ImmutableArray<ToolReadError> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new(null, errors);
    }

    /// <summary>Converts a result for a tool into a result for a type the tool derives from, such as its next-step union.</summary>
    /// <typeparam name="TBase">The base type or interface.</typeparam>
    /// <returns>The same value or errors.</returns>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="TBase"/>.</exception>
    public ToolReadResult<TBase> As<TBase>()
        where TBase : class =>
        IsSuccess ? new ToolReadResult<TBase>((TBase)(object)Value, default, Repairs) : ToolReadResult<TBase>.Failure(Errors);

    /// <summary>Gets the value or throws <see cref="ToolReadException"/> listing the errors.</summary>
    /// <returns>The value.</returns>
    public T GetValueOrThrow() => Value ?? throw new ToolReadException(typeof(T).Name, Errors);

    /// <inheritdoc/>
    public override string ToString() => IsSuccess ? $"Success: {Value}" : "Failure: " + string.Join("; ", Errors.Select(e => e.Message));
}
