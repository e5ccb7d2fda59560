using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AgentGen.Serialization;

/// <summary>
/// Reads one value. On entry the reader is on the value's first token; on exit it is on the value's last token,
/// even after a failure. A failure records an error in <paramref name="context"/> and returns <see langword="false"/>.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reader">The reader.</param>
/// <param name="context">The read context.</param>
/// <param name="value">The value read.</param>
/// <returns><see langword="true"/> when a value was read.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool JsonValueReader<T>(ref Utf8JsonReader reader, ref ToolReadContext context, [MaybeNullWhen(false)] out T value);

/// <summary>
/// Binds one argument value. A failure records an error in <paramref name="context"/> and returns <see langword="false"/>.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="value">The argument value.</param>
/// <param name="context">The read context.</param>
/// <param name="result">The value bound.</param>
/// <returns><see langword="true"/> when a value was bound.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool ArgumentValueReader<T>(ArgumentValue value, ref ToolReadContext context, [MaybeNullWhen(false)] out T result);

/// <summary>Writes one value.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void JsonValueWriter<in T>(Utf8JsonWriter writer, T value);
