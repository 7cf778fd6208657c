-- How a question's options may be reordered (QTI shuffle="false" / fixed="true"), beside the encrypted content so
-- form assembly still needs no decryption. NULL: every option is shuffled (the default). A question: "=" keeps the
-- stored order, "0,3" fixes those 0-based positions. A case: one such code per question, each after a ';'.
ALTER TABLE itembank_item ADD COLUMN option_layout TEXT;
ALTER TABLE itembank_case ADD COLUMN option_layout TEXT;
