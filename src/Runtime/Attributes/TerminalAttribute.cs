using System;

namespace AgentGen;

/// <summary>Marks a tool that ends the thread. When the model chooses it, the run is done; it needs no handler.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TerminalAttribute : Attribute
{
}
