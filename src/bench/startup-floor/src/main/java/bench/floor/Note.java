package bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The floor's one table. */
@Entity
@Table(name = "note")
public class Note extends PanacheEntityBase {

    @Id
    public Long id;

    public String title;
}
