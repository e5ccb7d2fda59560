using System.Collections.Generic;

// A tool whose arguments use every shape the default renderer writes: nested objects, lists of objects, scalar
// lists, multi-line text, booleans, numbers, enums and a null that is left out. The name starts with "context_"
// so it does not collide with the other test tools in this assembly's generated registry.
namespace AgentGen.Tests.Context;

/// <summary>Open a pull request.</summary>
/// <param name="Title">The title.</param>
/// <param name="Body">The description, in markdown.</param>
/// <param name="Repository">Where.</param>
/// <param name="Labels">Labels to add.</param>
/// <param name="Reviewers">Who reviews it.</param>
/// <param name="Draft">Whether it is a draft.</param>
/// <param name="Priority">How urgent, from 0 to 1.</param>
/// <param name="Base">The branch to merge into.</param>
[Tool("context_open_pull_request")]
public sealed partial record ContextOpenPullRequest(
    string Title,
    string Body,
    ContextRepository Repository,
    List<string> Labels,
    List<ContextReviewer> Reviewers,
    bool Draft,
    double? Priority = null,
    ContextBranch Base = ContextBranch.Main);

/// <summary>A repository.</summary>
/// <param name="Owner">Its owner.</param>
/// <param name="Name">Its name.</param>
public sealed record ContextRepository(string Owner, string Name);

/// <summary>A reviewer.</summary>
/// <param name="Login">Their login.</param>
/// <param name="Required">Whether their approval is required.</param>
public sealed record ContextReviewer(string Login, bool Required);

/// <summary>A long-lived branch.</summary>
public enum ContextBranch
{
    Main,
    ReleaseCandidate,
}

/// <summary>Rotate a service's credentials.</summary>
/// <param name="Service">Which service.</param>
/// <param name="ApiKey">The new API key.</param>
/// <param name="Password">The new password, if it has one.</param>
/// <param name="Vault">Where the credentials are kept.</param>
[Tool("context_rotate_credentials")]
public sealed partial record ContextRotateCredentials(
    string Service,
    [property: Sensitive] string ApiKey,
    [Sensitive] string? Password,
    ContextVault Vault);

/// <summary>A secrets vault.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Token">The token that opens it.</param>
public sealed record ContextVault(string Name, [property: Sensitive] string Token);

/// <summary>Hand a secret over and finish.</summary>
/// <param name="Secret">The secret.</param>
/// <param name="Note">A note.</param>
[Tool("context_hand_over"), Terminal]
public sealed partial record ContextHandOver([property: Sensitive] string Secret, string? Note = null);
