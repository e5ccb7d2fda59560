using System;

namespace AgentGen;

/// <summary>Marks a tool whose handler may run only after a person approved the call. The handler takes <c>Approved&lt;T&gt;</c>; the model can never produce an approval.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequiresApprovalAttribute : Attribute
{
}
