namespace Inburgering.Domain.Common;

/// <summary>
/// A rule of the domain was broken. Thrown with an error from the aggregate's catalogue (e.g.
/// <c>TrajectoryErrors.DueBeforeDate()</c>), which says which rule and, where it is about one value, which field.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(DomainError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Code)
    {
        Error = error;
    }

    public DomainException()
        : this(new DomainError("Unknown"))
    {
    }

    public DomainException(string message)
        : this(new DomainError(message))
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new DomainError(message);
    }

    public DomainError Error { get; }

    public string Code => Error.Code;

    public IReadOnlyList<object> Arguments => Error.Arguments;
}
