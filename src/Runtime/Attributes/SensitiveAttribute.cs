using System;

namespace AgentGen;

/// <summary>
/// Keeps a tool property out of what the model sees (factor 3): the default context and prompt values leave it out,
/// while the stored thread keeps it, so a handler still gets it after the thread is loaded. Put it on the property,
/// or on a record's positional parameter (<c>[property: Sensitive]</c> or <c>[Sensitive]</c>).
/// </summary>
/// <remarks>
/// The model still has to supply the value when it chooses the tool: the property stays in the tool's schema.
/// Leaving it out of the context means the model does not see it again in later turns.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SensitiveAttribute : Attribute
{
}
