package khodyar.domain.group;

public record GroupId(String value) {
    public GroupId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("group id is empty");
        }
    }
}
