namespace Inburgering.Domain.Newcomers;

public readonly record struct NewcomerId(Guid Value)
{
    public static NewcomerId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}
