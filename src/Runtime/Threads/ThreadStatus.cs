namespace AgentGen;

/// <summary>Where a thread stands, derived from its last events.</summary>
public enum ThreadStatus
{
    /// <summary>The model can take the next step.</summary>
    Ready = 0,

    /// <summary>Waiting for a person to answer a question.</summary>
    AwaitingHuman = 1,

    /// <summary>Waiting for a person to approve or reject a tool call.</summary>
    AwaitingApproval = 2,

    /// <summary>A handler paused the thread.</summary>
    Paused = 3,

    /// <summary>The work is finished.</summary>
    Done = 4,

    /// <summary>A handler declared the thread failed.</summary>
    Failed = 5,

    /// <summary>The last run reached its step limit; running again goes on.</summary>
    StepLimitReached = 6,

    /// <summary>Too many errors in a row; waiting for a person.</summary>
    Escalated = 7,

    /// <summary>
    /// The thread holds events this version of the application cannot read (<see cref="UnknownEvent"/>): it was saved
    /// by a newer version or with tools this one does not declare. It cannot take a step until a version that reads them loads it.
    /// </summary>
    HasUnknownEvents = 8,
}
