-- What a results sheet prints about a sitting, kept from the scheduling module's check-in event.

CREATE TABLE decision_sitting_detail (
    sitting_id     uuid PRIMARY KEY,
    application_id bigint,
    account_id     bigint       NOT NULL,
    iin            varchar(12)  NOT NULL,
    full_name      text         NOT NULL,
    service        varchar(64)  NOT NULL,
    specialty      text,
    centre_id      text         NOT NULL,
    starts_at      timestamp    NOT NULL
);
